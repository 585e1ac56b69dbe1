import IOCDomain

/// A socio-economic indicator revised by period (daily here), anchored on a sourced figure from `indicators.csv`.
public struct PeriodIndicator: Sendable, Hashable {
    public let definition: SeriesDefinition
    /// The sourced value the simulation follows: a level (growth rate, index) or a total over `anchorMonths`.
    public let anchorValue: Double
    /// Months the anchor value covers (12 for a year, 10 for Jan–Oct); used by cumulative indicators.
    public let anchorMonths: Int
    /// True when the value accumulates over the year (year-to-date totals), false for levels.
    public let cumulative: Bool
}
