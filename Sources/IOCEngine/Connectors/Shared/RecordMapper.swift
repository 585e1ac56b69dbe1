import Foundation
import IOCConfig
import IOCDomain

/// Maps a source's records (JSON objects, CSV rows) to a `Batch` following its declarative mapping: one rule for every
/// kind whose records are fields by name. Every string taken from a record passes `TextSanitizer.clean`, so escape
/// sequences from a hostile source never reach a terminal cell.
///
/// A record that lacks a required field or holds a number no double can hold (`1e400`) is skipped, and the batch
/// says which and why (`Batch.rejected`, recorded as the source's last error); a list where records exist but none
/// can be mapped is an invalid response naming the first problem, so a changed source shows as failing, not as an
/// empty panel.
package struct RecordMapper {
    var mapping: SourceMapping
    var now: Date
    var numbers: RecordNumbers
    private let times = RecordTimeParser()

    package init(mapping: SourceMapping, now: Date, numbers: RecordNumbers) {
        self.mapping = mapping; self.now = now; self.numbers = numbers
    }

    /// - Parameters:
    ///   - place: where the records were found, for messages ("the top level", "'data.items'", "file a.csv").
    ///   - checkRange: whether a record may hold a number no double can hold (JSON's guard replaced one).
    package func batch(records: [Any], place: String, previousCursor: String?, checkRange: Bool = false) throws -> Batch {
        var problems: [String] = []
        var batch = Batch()
        var newest: Date?
        switch mapping.target {
        case .observations(let target):
            var defined: Set<String> = []
            for (index, record) in records.enumerated() {
                if checkRange, let problem = outOfRange(record) {
                    problems.append("record \(index): \(problem.text)"); continue
                }
                switch observation(record, target) {
                case .success(let (observation, definition)):
                    batch.observations.append(observation)
                    if let definition, defined.insert(definition.key).inserted {
                        batch.seriesDefinitions.append(definition)
                    }
                    newest = max(newest ?? observation.time, observation.time)
                case .failure(let problem): problems.append("record \(index): \(problem.text)")
                }
            }
        case .events(let target):
            for (index, record) in records.enumerated() {
                if checkRange, let problem = outOfRange(record) {
                    problems.append("record \(index): \(problem.text)"); continue
                }
                switch event(record, target) {
                case .success(let event):
                    batch.events.append(event)
                    newest = max(newest ?? event.updatedAt, event.updatedAt)
                case .failure(let problem): problems.append("record \(index): \(problem.text)")
                }
            }
        }
        if !records.isEmpty && problems.count == records.count {
            throw PollError.invalidResponse("none of \(records.count) records could be read; \(problems[0])")
        }
        batch.cursor = newest.map(times.cursor(for:)) ?? previousCursor
        batch.rejected = LeftOut.note(problems, "of \(records.count) records rejected")
        batch.addNote(ControlText.note(records, what: "record"))
        return batch
    }

    /// The problem of a record holding a number no double can hold, naming the field; nil when it holds none.
    private func outOfRange(_ record: Any) -> Problem? {
        guard let found = HTTPJSONNumberGuard.firstOutOfRange(in: record) else { return nil }
        return Problem("field '\(TextSanitizer.clean(found.field, maxCharacters: 80))' holds a number out of range "
                       + "(\(TextSanitizer.clean(found.number, maxCharacters: 40)))")
    }

    /// Why one record could not be mapped.
    struct Problem: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    private func observation(_ record: Any, _ target: ObservationMapping)
        -> Result<(Observation, SeriesDefinition?), Problem> {
        guard let rawKey = target.seriesKey.render(record) else {
            return .failure(Problem("missing a field of series_key '\(target.seriesKey)'"))
        }
        let key = TextSanitizer.clean(rawKey, maxCharacters: 200)
        guard !key.isEmpty else { return .failure(Problem("empty series key")) }
        guard let raw = target.value.lookup(in: record) else {
            return .failure(Problem("missing value '\(target.value)'"))
        }
        guard let value = number(raw) else { return .failure(Problem("value '\(target.value)' is not a number")) }
        var time = now
        if let path = target.time {
            guard let rawTime = path.lookup(in: record), let parsed = times.date(from: rawTime) else {
                return .failure(Problem("missing or unreadable time '\(path)'"))
            }
            if let problem = RecordClock.aheadProblem("time '\(path)'", parsed, now: now) { return .failure(Problem(problem)) }
            time = parsed
        }
        var definition: SeriesDefinition?
        if let series = target.series {
            let name = clean(series.name.render(record)) ?? key
            definition = SeriesDefinition(
                key: key, pillar: series.pillar, name: name, nameEN: clean(series.nameEN.render(record)) ?? name,
                unit: TextSanitizer.clean(series.unit, maxCharacters: 40),
                agencyCode: series.agency.flatMap { clean($0.render(record)) },
                wardCode: series.ward.flatMap { clean($0.render(record)) }, target: series.target,
                direction: series.direction, warnAbove: series.warnAbove, warnBelow: series.warnBelow)
        }
        return .success((Observation(seriesKey: key, time: time, value: value), definition))
    }

    private func event(_ record: Any, _ target: EventMapping) -> Result<CityEvent, Problem> {
        guard let id = text(record, target.id, max: 200) else { return .failure(Problem("missing id '\(target.id)'")) }
        guard let title = clean(target.title.render(record)) else {
            return .failure(Problem("missing a field of title '\(target.title)'"))
        }
        guard let statusText = target.status.path.lookup(in: record).flatMap(JSONScalarText.text) else {
            return .failure(Problem("missing status '\(target.status.path)'"))
        }
        guard let status = target.status.status(for: statusText) else {
            return .failure(Problem("unknown status '\(TextSanitizer.clean(statusText, maxCharacters: 40))'"))
        }
        // A time that is there but cannot be read is a problem, not "now": a lost deadline would never turn overdue.
        var stamps: [String: Date] = [:]
        for (name, path) in [("updated", target.updated), ("opened", target.opened), ("due", target.due),
                             ("closed", target.closed)] {
            guard let path, let value = path.lookup(in: record), !(value is NSNull) else { continue }
            if let text = value as? String, text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let time = times.date(from: value) else {
                let shown = TextSanitizer.clean(JSONScalarText.text(value) ?? "", maxCharacters: 40)
                return .failure(Problem("unreadable time '\(path)' ('\(shown)')"))
            }
            // What is planned may lie ahead (a deadline, roadworks that start next week); what was done may not.
            if name == "updated" || name == "closed", let problem = RecordClock.aheadProblem("time '\(path)'", time, now: now) {
                return .failure(Problem(problem))
            }
            stamps[name] = time
        }
        let updated = stamps["updated"] ?? now
        let event = CityEvent(
            kind: target.kind, externalID: id, title: title, status: status,
            category: text(record, target.category, max: 80) ?? "",
            agencyCode: text(record, target.agency, max: 80), wardCode: text(record, target.ward, max: 80),
            openedAt: stamps["opened"] ?? updated, dueAt: stamps["due"], closedAt: stamps["closed"], updatedAt: updated,
            progress: target.progress.flatMap { $0.lookup(in: record) }.flatMap(number).map { min(100, max(0, $0)) },
            severity: target.severity.flatMap { $0.lookup(in: record) }.flatMap(number).map { Int(min(4, max(1, $0.rounded()))) },
            detail: text(record, target.detail, max: 2000) ?? "")
        return .success(event)
    }

    private func text(_ record: Any, _ path: FieldPath?, max: Int) -> String? {
        guard let path, let value = path.lookup(in: record), let raw = JSONScalarText.text(value) else { return nil }
        let cleaned = TextSanitizer.clean(raw, maxCharacters: max)
        return cleaned.isEmpty ? nil : cleaned
    }

    private func clean(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let cleaned = TextSanitizer.clean(raw, maxCharacters: 300)
        return cleaned.isEmpty ? nil : cleaned
    }

    private func number(_ value: Any) -> Double? {
        if let number = value as? NSNumber, String(cString: number.objCType) != "c" {
            return number.doubleValue.isFinite ? number.doubleValue : nil
        }
        guard let text = value as? String else { return nil }
        return numbers.read(text)
    }

    static func kind(of value: Any) -> String {
        if value is [String: Any] { return "an object" }
        if value is String { return "a string" }
        if value is NSNumber { return "a number" }
        return "a scalar"
    }
}
