import Foundation

/// The store keeps every time as INTEGER Unix milliseconds in UTC; these convert to and from `Date`.
extension Date {
    /// Milliseconds since 1970-01-01T00:00:00Z, rounded to the nearest millisecond.
    /// Saturates instead of trapping for dates beyond ±292 million years (never produced by connectors, which
    /// reject implausible times, but a crash here would take the whole process down).
    var unixMillis: Int64 {
        let millis = (timeIntervalSince1970 * 1000).rounded()
        guard millis.isFinite else { return millis > 0 ? .max : .min }
        if millis >= 9.2e18 { return .max }
        if millis <= -9.2e18 { return .min }
        return Int64(millis)
    }

    /// The date `millis` milliseconds after 1970-01-01T00:00:00Z.
    init(unixMillis millis: Int64) {
        self.init(timeIntervalSince1970: Double(millis) / 1000)
    }
}
