import Foundation

/// What an operator writes into the logbook, before the store numbers it and chains it.
public struct LogEntryDraft: Sendable, Hashable, Codable {
    public var author: Actor
    public var category: LogCategory
    public var text: String
    /// When what the entry tells happened; earlier than `writtenAt` for a late entry.
    public var eventAt: Date
    /// When the entry was written.
    public var writtenAt: Date
    public var alarmIDs: [String]
    public var agencyCodes: [String]
    public var wardCodes: [String]
    /// The entry this one corrects; the corrected entry stays as it was.
    public var corrects: Int64?

    /// Text is cleaned (`LogText.clean`); `eventAt` defaults to `writtenAt`.
    public init(author: Actor, category: LogCategory, text: String, eventAt: Date? = nil, writtenAt: Date,
                alarmIDs: [String] = [], agencyCodes: [String] = [], wardCodes: [String] = [], corrects: Int64? = nil) {
        self.author = author; self.category = category; self.text = LogText.clean(text)
        self.eventAt = eventAt ?? writtenAt; self.writtenAt = writtenAt
        self.alarmIDs = alarmIDs; self.agencyCodes = agencyCodes; self.wardCodes = wardCodes; self.corrects = corrects
    }
}
