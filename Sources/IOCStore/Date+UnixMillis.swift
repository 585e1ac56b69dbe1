import Foundation

/// The store keeps every time as INTEGER Unix milliseconds in UTC; these convert to and from `Date`.
extension Date {
    /// Milliseconds since 1970-01-01T00:00:00Z, rounded to the nearest millisecond.
    var unixMillis: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    /// The date `millis` milliseconds after 1970-01-01T00:00:00Z.
    init(unixMillis millis: Int64) {
        self.init(timeIntervalSince1970: Double(millis) / 1000)
    }
}
