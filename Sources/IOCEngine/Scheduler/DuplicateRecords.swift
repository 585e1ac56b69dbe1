import Foundation
import IOCDomain

/// A source that sends the same record twice in one answer (the same case id, or two values of one series at one
/// time) has a fault someone should see: the batch keeps one of each — the newest version of a case, the last value
/// of a series at a time — and says what it dropped (`Batch.rejected`), for every kind, before anything is stored.
enum DuplicateRecords {
    static func removed(from batch: Batch) -> Batch {
        var batch = batch
        var problems: [String] = []

        var kept: [String: Int] = [:]
        var events: [CityEvent] = []
        for event in batch.events {
            let key = "\(event.kind.rawValue)\u{1F}\(event.externalID)"
            guard let index = kept[key] else {
                kept[key] = events.count
                events.append(event)
                continue
            }
            problems.append("case \(TextSanitizer.clean(event.externalID, maxCharacters: 60)) sent twice")
            if event.updatedAt >= events[index].updatedAt { events[index] = event }
        }

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
