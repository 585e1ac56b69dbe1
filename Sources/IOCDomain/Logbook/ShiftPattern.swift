import Foundation

/// When shifts start each day, in UTC+7 (e.g. 06:00, 14:00, 22:00). A shift runs from one start to the next; the
/// last of the day runs past midnight to the first of the next day.
public struct ShiftPattern: Sendable, Hashable, Codable {
    /// Minutes after midnight UTC+7, sorted, distinct, each in 0..<1440.
    public let startMinutes: [Int]

    /// Three eight-hour shifts: 06:00–14:00–22:00.
    public static let standard = ShiftPattern(uncheckedMinutes: [360, 840, 1320])

    private init(uncheckedMinutes: [Int]) { startMinutes = uncheckedMinutes }

    /// A pattern from "HH:MM" start times; a failure that says why when a time is malformed, repeated, or none given.
    public static func parse(_ times: [String]) -> Result<ShiftPattern, ShiftPatternError> {
        guard !times.isEmpty else { return .failure(ShiftPatternError(message: "at least one start time is needed")) }
        var minutes: [Int] = []
        for t in times {
            let parts = t.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
                  let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else {
                return .failure(ShiftPatternError(message: "'\(t)' is not a time HH:MM (00:00–23:59)"))
            }
            guard !minutes.contains(h * 60 + m) else {
                return .failure(ShiftPatternError(message: "'\(t)' is given twice"))
            }
            minutes.append(h * 60 + m)
        }
        return .success(ShiftPattern(uncheckedMinutes: minutes.sorted()))
    }

    /// The start times as "HH:MM".
    public var startTexts: [String] { startMinutes.map { String(format: "%02d:%02d", $0 / 60, $0 % 60) } }

    /// The shift that contains `date`.
    public func shift(at date: Date) -> Shift {
        let offset = Int64(VietnamTime.offsetSeconds)
        let localSeconds = Int64((date.timeIntervalSince1970).rounded(.down)) + offset
        let dayStart = localSeconds - ((localSeconds % 86_400) + 86_400) % 86_400
        let minuteOfDay = Int((localSeconds - dayStart) / 60)
        // The latest start at or before now, today; else the last start of yesterday.
        let index = startMinutes.lastIndex(where: { $0 <= minuteOfDay })
        let startLocal = index.map { dayStart + Int64(startMinutes[$0]) * 60 }
            ?? dayStart - 86_400 + Int64(startMinutes[startMinutes.count - 1]) * 60
        let i = index ?? startMinutes.count - 1
        let length = i + 1 < startMinutes.count ? startMinutes[i + 1] - startMinutes[i] : 1440 - startMinutes[i] + startMinutes[0]
        let endLocal = startLocal + Int64(length) * 60
        let start = Date(timeIntervalSince1970: TimeInterval(startLocal - offset))
        let end = Date(timeIntervalSince1970: TimeInterval(endLocal - offset))
        return Shift(start: start, end: end)
    }

    /// The shift before `shift`.
    public func previous(before shift: Shift) -> Shift { self.shift(at: shift.start.addingTimeInterval(-1)) }

    /// The shift after `shift`.
    public func next(after shift: Shift) -> Shift { self.shift(at: shift.end) }
}
