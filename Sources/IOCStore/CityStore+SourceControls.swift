import Foundation
import IOCDomain

/// Operators' actions on sources — pause, resume, poll now — each written with the logbook entry that records it
/// (category technical, by the operator who acted), in one transaction: the audit trail of the sources screen and
/// of `ioc sources pause|resume|poll`.
extension CityStore {
    /// Applies `action` to source `id` for `actor` at `at`, with its logbook entry; throws
    /// `SourceActionRefusal.unknownSource` for an id the store does not know, and the logbook's refusals (a viewer cannot
    /// act) before anything changes.
    @discardableResult
    public func act(on id: String, _ action: SourceAction, by actor: Actor, at: Date,
                    pattern: ShiftPattern = .standard) throws -> LogEntry {
        let source = try auditingRefusals(.source(action), by: actor, at: at, target: id) {
            guard let source = try sourceHealth().first(where: { $0.sourceID == id }) else {
                throw SourceActionRefusal.unknownSource(id)
            }
            return source
        }
        let text: String
        switch action {
        case .pause: text = "Tạm dừng thu thập nguồn \(source.name) (\(id))"
        case .resume: text = "Tiếp tục thu thập nguồn \(source.name) (\(id))"
        case .pollNow: text = "Yêu cầu thu thập ngay nguồn \(source.name) (\(id))"
        }
        let draft = LogEntryDraft(author: actor, category: .technical, text: text, writtenAt: at)
        return try appendLogEntry(draft, pattern: pattern, audit: .source(action), target: id) { db in
            switch action {
            case .pause: try db.execute(sql: "UPDATE source SET paused = 1 WHERE id = ?", arguments: [id])
            case .resume: try db.execute(sql: "UPDATE source SET paused = 0 WHERE id = ?", arguments: [id])
            case .pollNow:
                try db.execute(sql: "UPDATE source SET poll_requested_ms = ? WHERE id = ?", arguments: [at.unixMillis, id])
            }
            try self.noteWrite(db, at: at, scopes: .sources)
        }
    }

    /// Every source's control (paused, last poll-now request), by id.
    public func sourceControls() throws -> [String: SourceControl] {
        try database.read { db in
            var controls: [String: SourceControl] = [:]
            for row in try db.fetchAll(sql: "SELECT id, paused, poll_requested_ms FROM source") {
                controls[row[0]] = SourceControl(paused: (row[1] as Int) != 0,
                                                 pollRequestedAt: (row[2] as Int64?).map { Date(unixMillis: $0) })
            }
            return controls
        }
    }
}
