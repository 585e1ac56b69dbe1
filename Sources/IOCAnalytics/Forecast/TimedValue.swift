import Foundation

/// One raw measurement of a series: when it was taken and what it read.
///
/// Raw points arrive at irregular times; `SeriesRegularizer` and `StreamingRegularizer` put them on a regular
/// grid before a model sees them.
public struct TimedValue: Sendable, Hashable {
    public var date: Date
    public var value: Double

    public init(date: Date, value: Double) {
        self.date = date
        self.value = value
    }
}
