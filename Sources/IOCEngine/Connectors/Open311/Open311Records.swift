import Foundation
import IOCConfig
import IOCDomain

/// The service requests of one GeoReport v2 answer (`requests.json` or `requests.xml`, or `requests/{id}`, which
/// answers a list too), as feedback cases. Ids are kept as text, exactly as sent (`"000123"` keeps its zeros; a
/// number id is written in digits); the status word is kept raw beside the status the config maps it to.
package struct Open311Records {
    var source: Open311Source
    var now: Date
    private let times = RecordTimeParser()

    package init(source: Open311Source, now: Date) {
        self.source = source; self.now = now
    }

    /// The requests in `body` as loose records (field name → JSON scalar or text), in the answer's order.
    package func records(from body: Data) throws -> [[String: Any]] {
        switch source.format {
        case .json: return try jsonRecords(body)
        case .xml: return try xmlRecords(body)
        }
    }

    private func jsonRecords(_ body: Data) throws -> [[String: Any]] {
        let json = try JSONBody.parse(body).json
        guard let list = json as? [Any] else {
            throw PollError.invalidResponse("expected a list of service requests, found \(RecordMapper.kind(of: json))")
        }
        return list.map { ($0 as? [String: Any]) ?? [:] }
    }

    private func xmlRecords(_ body: Data) throws -> [[String: Any]] {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(body)
        } catch let refusal as XMLTree.Refusal {
            throw PollError.invalidResponse(TextSanitizer.clean(refusal.message, maxCharacters: 200))
        }
        guard tree.name == "service_requests" else {
            throw PollError.invalidResponse("expected <service_requests>, found <\(TextSanitizer.clean(tree.name, maxCharacters: 40))>")
        }
        return tree.children("request").map { request in
            var record: [String: Any] = [:]
            for field in request.children where record[field.name] == nil { record[field.name] = field.text }
            return record
        }
    }

    /// The feedback cases of `records`, and why any was left out.
    package func events(_ records: [[String: Any]]) -> (events: [CityEvent], problems: [String]) {
        var events: [CityEvent] = []
        var problems: [String] = []
        for (index, record) in records.enumerated() {
            switch event(record) {
            case .success(let event): events.append(event)
            case .failure(let problem): problems.append("request \(index): \(problem.text)")
            }
        }
        return (events, problems)
    }

    /// The time of `field` in a record, nil when it is absent or unreadable.
    func date(_ record: [String: Any], _ field: String) -> Date? {
        record[field].flatMap { times.date(from: $0) }
    }

    private func text(_ record: [String: Any], _ field: String, max: Int) -> String? {
        guard let raw = record[field].flatMap(JSONScalarText.text) else { return nil }
        let cleaned = TextSanitizer.clean(raw, maxCharacters: max)
        return cleaned.isEmpty ? nil : cleaned
    }

    private func event(_ record: [String: Any]) -> Result<CityEvent, RecordMapper.Problem> {
        guard let id = text(record, "service_request_id", max: 200) else {
            return .failure(.init(record.isEmpty ? "not an object" : "no service_request_id"))
        }
        guard let rawStatus = text(record, "status", max: 60) else { return .failure(.init("no status")) }
        let status = source.statuses[rawStatus] ?? source.statuses[rawStatus.lowercased()] ?? source.unknownStatus
        let requested = date(record, "requested_datetime")
        let updated = date(record, "updated_datetime") ?? requested ?? now
        for (field, time) in [("requested_datetime", requested), ("updated_datetime", updated)] {
            if let time, let problem = RecordClock.aheadProblem(field, time, now: now) { return .failure(.init(problem)) }
        }
        let service = text(record, "service_name", max: 120)
        let address = text(record, "address", max: 160)
        let description = text(record, "description", max: 2000)
        var title = [service, address].compactMap { $0 }.joined(separator: " – ")
        if title.isEmpty { title = description.map { String($0.prefix(120)) } ?? id }
        var detail = description ?? ""
        if let notes = text(record, "status_notes", max: 1000) { detail += (detail.isEmpty ? "" : "\n") + notes }
        return .success(CityEvent(
            kind: .feedback, externalID: id, title: title, status: status,
            category: text(record, "service_code", max: 80) ?? "", agencyCode: text(record, "agency_responsible", max: 80),
            openedAt: requested ?? updated, dueAt: date(record, "expected_datetime"),
            closedAt: status.isOpen ? nil : updated, updatedAt: updated, detail: detail, sourceStatus: rawStatus))
    }
}
