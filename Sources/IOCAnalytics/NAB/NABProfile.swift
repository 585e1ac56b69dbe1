/// The weights of one NAB application profile (`config/profiles.json` in numenta/NAB).
///
/// NAB scores a detector three times with different weights so that a reader can see how it behaves when false
/// alarms are cheap or dear: `standard`, `rewardLowFP` (false positives cost twice as much) and `rewardLowFN`
/// (a missed window costs twice as much). The true-negative weight is carried for completeness; NAB's scorer never
/// uses it.
public struct NABProfile: Sendable, Hashable {
    /// The profile's name as NAB prints it (`standard`, `reward_low_FP_rate`, `reward_low_FN_rate`).
    public var name: String
    /// A_TP: the reward for a detection at the very start of a window.
    public var tpWeight: Double
    /// A_FP: the cost of a detection outside every window, before the position weighting.
    public var fpWeight: Double
    /// A_FN: the cost of a window with no detection.
    public var fnWeight: Double
    /// A_TN: unused by the scorer.
    public var tnWeight: Double

    public init(name: String, tpWeight: Double, fpWeight: Double, fnWeight: Double, tnWeight: Double = 1.0) {
        self.name = name
        self.tpWeight = tpWeight
        self.fpWeight = fpWeight
        self.fnWeight = fnWeight
        self.tnWeight = tnWeight
    }

    /// A_TP 1.0, A_FP 0.11, A_FN 1.0.
    public static let standard = NABProfile(name: "standard", tpWeight: 1.0, fpWeight: 0.11, fnWeight: 1.0)
    /// A_TP 1.0, A_FP 0.22, A_FN 1.0.
    public static let rewardLowFP = NABProfile(name: "reward_low_FP_rate", tpWeight: 1.0, fpWeight: 0.22, fnWeight: 1.0)
    /// A_TP 1.0, A_FP 0.11, A_FN 2.0.
    public static let rewardLowFN = NABProfile(name: "reward_low_FN_rate", tpWeight: 1.0, fpWeight: 0.11, fnWeight: 2.0)

    /// The three profiles NAB reports, in its usual order.
    public static let all: [NABProfile] = [.standard, .rewardLowFP, .rewardLowFN]
}
