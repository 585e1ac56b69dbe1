/// A water-level gauge (cm) at a flood-prone point, with the level at which it alerts.
public struct FloodGauge: Sendable, Hashable {
    public let slug: String
    public let name: String
    public let wardCode: String
    public let baseLevelCm: Double
    /// Amplitude of the tide (semi-diurnal) in cm; small inland.
    public let tideAmplitudeCm: Double
    /// Centimetres of rise per millimetre of recent rain.
    public let rainGain: Double

    /// The alert level (Báo động): above the highest dry-weather tide.
    public var alertLevelCm: Double { (baseLevelCm + tideAmplitudeCm + 35).rounded() }
}
