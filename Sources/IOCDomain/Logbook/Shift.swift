import Foundation

/// One shift: from a start time of the pattern to the next. Its id is the start in UTC+7, "2026-11-22 06:00".
public struct Shift: Sendable, Hashable, Codable {
    public var id: String
    public var start: Date
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start; self.end = end
        self.id = VietnamTime.isoDate(start) + " " + String(VietnamTime.clock(start).prefix(5))
    }

    /// "06:00–14:00" in UTC+7.
    public var hoursText: String {
        let s = VietnamTime.clock(start).prefix(5)
        let e = VietnamTime.clock(end).prefix(5)
        return "\(s)–\(e)"
    }

    /// Whether `date` falls in the shift (start included, end excluded).
    public func contains(_ date: Date) -> Bool { date >= start && date < end }
}
