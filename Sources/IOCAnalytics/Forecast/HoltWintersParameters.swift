/// The smoothing constants of an additive Holt-Winters model.
///
/// Component form: level gain `alpha`, trend gain `beta` (0 = no trend), daily seasonal gain `gamma`, weekly
/// seasonal gain `weeklyGamma` (used only when the model has a weekly component) and trend damping `phi`
/// (1 = undamped). Values are clamped to their ranges on creation.
public struct HoltWintersParameters: Sendable, Hashable {
    public var alpha: Double
    public var beta: Double
    public var gamma: Double
    public var weeklyGamma: Double
    public var phi: Double

    public init(alpha: Double = 0.3, beta: Double = 0.01, gamma: Double = 0.15, weeklyGamma: Double = 0.1,
                phi: Double = 0.95) {
        func clamp(_ x: Double, _ lo: Double, _ hi: Double, _ fallback: Double) -> Double {
            x.isFinite ? min(max(x, lo), hi) : fallback
        }
        self.alpha = clamp(alpha, 0.001, 0.999, 0.3)
        self.beta = clamp(beta, 0, 0.999, 0.01)
        self.gamma = clamp(gamma, 0, 0.999, 0.15)
        self.weeklyGamma = clamp(weeklyGamma, 0, 0.999, 0.1)
        self.phi = clamp(phi, 0, 1, 0.95)
    }

    /// Defaults that are reasonable for 15-minute traffic-like data before the first fit.
    public static let standard = HoltWintersParameters()
}
