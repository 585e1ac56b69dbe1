import Foundation

/// How far ahead of the poll's clock a record may be stamped (servers' clocks differ by a little, never by more): a
/// record stamped further ahead is left out and named, never stored with a time that would sort above every real
/// one, move a cursor past the present and hide what comes next. One rule for every kind.
enum RecordClock {
    static let tolerance: TimeInterval = 3600

    /// "… is stamped 2099-01-01T00:00:00+07:00, ahead of this clock" when `time` is too far ahead, else nil.
    static func aheadProblem(_ what: String, _ time: Date, now: Date) -> String? {
        guard time.timeIntervalSince(now) > tolerance else { return nil }
        return "\(what) is stamped \(RecordTimeParser().cursor(for: time)), ahead of this clock"
    }
}
