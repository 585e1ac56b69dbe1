import Foundation

/// One logbook entry as stored: append-only, numbered, in a shift, and chained to the entry before it by hash.
public struct LogEntry: Sendable, Hashable, Codable {
    /// 1, 2, 3 … in writing order.
    public var id: Int64
    /// The shift it was written in (`Shift.id`, e.g. "2026-11-22 06:00").
    public var shiftID: String
    public var author: Actor
    public var category: LogCategory
    public var text: String
    public var eventAt: Date
    public var writtenAt: Date
    public var alarmIDs: [String]
    public var agencyCodes: [String]
    public var wardCodes: [String]
    public var corrects: Int64?
    /// The previous entry's hash (64 zeros for the first entry).
    public var previousHash: String
    /// SHA-256 (hex) of `LogChain.canonicalText(self)`.
    public var hash: String

    public init(id: Int64, shiftID: String, draft: LogEntryDraft, previousHash: String, hash: String) {
        self.id = id; self.shiftID = shiftID; self.author = draft.author; self.category = draft.category
        self.text = draft.text; self.eventAt = draft.eventAt; self.writtenAt = draft.writtenAt
        self.alarmIDs = draft.alarmIDs; self.agencyCodes = draft.agencyCodes; self.wardCodes = draft.wardCodes
        self.corrects = draft.corrects; self.previousHash = previousHash; self.hash = hash
    }

    /// Written more than five minutes after the event it tells: both times are shown.
    public var isLate: Bool { writtenAt.timeIntervalSince(eventAt) > LogEntry.lateAfter }

    /// How long after the event an entry counts as late.
    public static let lateAfter: TimeInterval = 300
}
