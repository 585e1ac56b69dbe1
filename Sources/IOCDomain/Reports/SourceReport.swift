import Foundation

/// A report's figures of one data source over its period ("đúng, đủ, sạch, sống"): its polls and how many failed
/// (availability = polls that succeeded / polls), the records it brought, on how many of the period's days it
/// brought any, and its state when the report was read.
public struct SourceReport: Sendable, Hashable {
    public var id: String
    public var name: String
    public var nameEN: String
    public var polls: Int
    public var failures: Int
    public var records: Int
    /// Successful polls that left some of their records out (refused as malformed): the data was not all clean.
    public var leftOut: Int = 0
    /// Days of the period with at least one successful poll.
    public var daysWithData: Int
    /// Days of the period (to the time of reading, for a period not over).
    public var days: Int
    /// The state when the report was read (`SourceStatus`'s raw value).
    public var statusNow: String
    public var lastSuccess: Date?

    public init(id: String, name: String, nameEN: String = "", polls: Int, failures: Int, records: Int, daysWithData: Int, days: Int,
                statusNow: String, lastSuccess: Date?) {
        self.id = id; self.name = name; self.nameEN = nameEN; self.polls = polls; self.failures = failures; self.records = records
        self.daysWithData = daysWithData; self.days = days; self.statusNow = statusNow; self.lastSuccess = lastSuccess
    }

    /// Percent of polls that succeeded; nil without a poll.
    public var availability: Double? {
        polls > 0 ? Double(polls - failures) / Double(polls) * 100 : nil
    }

    /// Percent of successful polls whose every record was taken ("sạch"); nil without one.
    public var clean: Double? {
        polls > failures ? Double(polls - failures - leftOut) / Double(polls - failures) * 100 : nil
    }

    /// Availability at or above this (percent) is met: the console's sources are polled every few seconds to
    /// minutes, and a department system down a day a month is 96.7 %.
    public static let availabilityTarget = 99.0
}
