import Foundation

/// One Vietnam calendar day of one series once its hours were rolled up: the band, the mean of its values, and the
/// mean of its hourly means (a VN_AQI day), which stay when the hours are pruned.
public struct DailyRollup: Sendable, Hashable {
    public var seriesKey: String
    /// The day's midnight in Vietnam.
    public var dayStart: Date
    public var minimum: Double
    public var maximum: Double
    /// The mean of the day's raw values.
    public var average: Double
    /// How many raw values the day held.
    public var count: Int
    /// How many hours held a value.
    public var hours: Int
    /// The mean of those hours' means.
    public var meanOfHours: Double

    public init(seriesKey: String, dayStart: Date, minimum: Double, maximum: Double, average: Double, count: Int,
                hours: Int, meanOfHours: Double) {
        self.seriesKey = seriesKey; self.dayStart = dayStart; self.minimum = minimum; self.maximum = maximum
        self.average = average; self.count = count; self.hours = hours; self.meanOfHours = meanOfHours
    }
}
