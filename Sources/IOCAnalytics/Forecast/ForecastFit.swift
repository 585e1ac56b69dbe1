/// The outcome of choosing a model on a series' history: structure, scale and smoothing constants.
///
/// Produced by `SeasonalForecaster.proposeFit()` (a pure function of a snapshot, so it can run off the poll
/// path, e.g. in a background task) and applied with `SeasonalForecaster.adopt(_:)`.
public struct ForecastFit: Sendable, Hashable {
    public var parameters: HoltWintersParameters
    public var weekly: Bool
    public var transform: ForecastTransform
    /// Σ over the fit horizons of (model MAE / seasonal-naive MAE) on the history; lower is better.
    public var score: Double
    /// Whether structure and transform were searched (true) or kept from the previous fit (false).
    public var searchedStructure: Bool

    public init(parameters: HoltWintersParameters, weekly: Bool, transform: ForecastTransform, score: Double,
                searchedStructure: Bool) {
        self.parameters = parameters
        self.weekly = weekly
        self.transform = transform
        self.score = score
        self.searchedStructure = searchedStructure
    }
}
