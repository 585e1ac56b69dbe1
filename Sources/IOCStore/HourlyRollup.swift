import Foundation

/// One hour of one series after its raw values were rolled up: the band (min/max) and mean a long-range chart draws.
public struct HourlyRollup: Sendable, Hashable {
    public var seriesKey: String
    /// The start of the hour (UTC).
    public var hourStart: Date
    public var minimum: Double
    public var maximum: Double
    public var average: Double
    /// How many raw values the hour held.
    public var count: Int

    public init(seriesKey: String, hourStart: Date, minimum: Double, maximum: Double, average: Double, count: Int) {
        self.seriesKey = seriesKey; self.hourStart = hourStart; self.minimum = minimum; self.maximum = maximum
        self.average = average; self.count = count
    }
}
