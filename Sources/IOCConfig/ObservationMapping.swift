/// How each JSON record becomes one observation (a value of a series at a time).
public struct ObservationMapping: Sendable, Hashable {
    /// Series key per record, e.g. `aqi.station.{id}`.
    public var seriesKey: TextTemplate
    /// Where the numeric value is (a number, or a string holding one).
    public var value: FieldPath
    /// Where the time is; nil means the poll time.
    public var time: FieldPath?
    /// Series definitions to register; nil when the series are defined elsewhere.
    public var series: SeriesTemplate?

    public init(seriesKey: TextTemplate, value: FieldPath, time: FieldPath? = nil, series: SeriesTemplate? = nil) {
        self.seriesKey = seriesKey; self.value = value; self.time = time; self.series = series
    }
}
