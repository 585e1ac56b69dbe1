import Foundation

/// Which series the engine projects ahead for the screens (the rules file's `projections:`): their seasonal
/// forecast for the next hours with its 80 % interval, drawn beside their history on the panels, the series screen
/// and the wall (issue 18). A series a `forecast` rule watches is learnt by the same forecaster.
public struct ProjectionSettings: Sendable, Hashable {
    /// Series-key pattern (`*`, `?`, alternatives joined by `|`).
    public var series: String
    /// How far ahead (at most 6 h: the forecaster's horizon).
    public var ahead: TimeInterval

    public static let longestAhead: TimeInterval = 6 * 3600

    public init(series: String, ahead: TimeInterval = ProjectionSettings.longestAhead) {
        self.series = series
        self.ahead = ahead
    }
}
