import Foundation
import IOCDomain

/// A source that sends the same record twice in one answer (the same case id, or two values of one series at one
/// time) has a fault someone should see: the batch keeps one of each — the newest version of a case, the last value
/// of a series at a time — and says what it dropped (`Batch.rejected`), for every kind, before anything is stored.
enum DuplicateRecords {
    /// One version of each case (kind and id), the newest (the later of two as new), in first-seen order: the rule
    /// for a batch, and for a kind whose answers legitimately repeat a case (an Open311 request in a window and read
    /// again by id, a CAP alert's Update and Cancel filed under the alert) and collapse it before this check.
    static func newestPerCase(_ events: [CityEvent]) -> [CityEvent] {
        newest(events).events
    }

    private static func newest(_ events: [CityEvent]) -> (events: [CityEvent], repeated: [String]) {
        var kept: [String: Int] = [:]
        var result: [CityEvent] = []
        var repeated: [String] = []
        for event in events {
            let key = "\(event.kind.rawValue)\u{1F}\(event.externalID)"
            guard let index = kept[key] else {
                kept[key] = result.count
                result.append(event)
                continue
            }
            repeated.append(event.externalID)
            if event.updatedAt >= result[index].updatedAt { result[index] = event }
        }
        return (result, repeated)
    }

    static func removed(from batch: Batch) -> Batch {
        var batch = batch
        let (events, repeated) = newest(batch.events)
        var problems = repeated.map { "case \(TextSanitizer.clean($0, maxCharacters: 60)) sent twice" }

        var seen: [String: Int] = [:]
        var observations: [Observation] = []
        for observation in batch.observations {
            let key = "\(observation.seriesKey)\u{1F}\(observation.time.timeIntervalSince1970)"
            guard let index = seen[key] else {
                seen[key] = observations.count
                observations.append(observation)
                continue
            }
            problems.append("series \(TextSanitizer.clean(observation.seriesKey, maxCharacters: 60)) sent twice at "
                            + RecordTimeParser().cursor(for: observation.time))
            observations[index] = observation
        }
        guard !problems.isEmpty else { return batch }
        batch.events = events
        batch.observations = observations
        batch.addNote(LeftOut.note(problems, "duplicate records dropped (the newest kept)"))
        return batch
    }
}
