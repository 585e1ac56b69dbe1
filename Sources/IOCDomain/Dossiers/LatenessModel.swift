import Foundation
import IOCAnalytics

/// Dossiers at risk of lateness (issue 18), from the past processing times of the same procedure at the same agency.
///
/// Each dossier's time is the share of its allotted time it used (`DossierTiming.usedShare`): finished ones end there,
/// open ones are censored at the share used so far (known only to take longer — leaving them out would make a slow
/// agency look fast). A Kaplan–Meier curve S(u) = P(share used > u) is estimated per procedure and agency, per procedure
/// group and agency, and per agency; an estimate rests on the most specific one with at least `minimumFinished` finished
/// dossiers. An open dossier that has used a share u₀ < 1 is late with probability P(U > 1 | U > u₀) = S(1) / S(u₀).
public struct LatenessModel: Sendable {
    public static let minimumFinished = 20
    /// The probability from which a dossier counts as at risk on the panels: more likely late than not.
    public static let atRiskProbability = 0.5

    private var curves: [String: SurvivalCurve] = [:]
    public let minimumFinished: Int

    /// Keys of the three levels.
    static func key(_ basis: LatenessBasis, _ d: DossierTiming) -> String {
        switch basis {
        case .procedure: return "p\u{1F}" + d.agencyCode + "\u{1F}" + d.procedure
        case .group: return "g\u{1F}" + d.agencyCode + "\u{1F}" + d.group
        case .agency: return "a\u{1F}" + d.agencyCode
        }
    }

    /// The model of `history` (finished and open dossiers) at `now`.
    public init(history: [DossierTiming], now: Date, minimumFinished: Int = LatenessModel.minimumFinished) {
        self.minimumFinished = max(1, minimumFinished)
        var samples: [String: [(time: Double, ended: Bool)]] = [:]
        for d in history {
            guard let share = d.usedShare(now: now) else { continue }
            let sample = (time: share, ended: d.closedAt != nil)
            for basis in LatenessBasis.allCases { samples[Self.key(basis, d), default: []].append(sample) }
        }
        curves = samples.mapValues(SurvivalCurve.init)
    }

    /// Whether any basis has enough finished dossiers to estimate from (a store still filling has none).
    public var isUsable: Bool { curves.values.contains { $0.endings >= minimumFinished } }

    /// The estimate for an open dossier at `now`; nil when it is finished, already late, or no level has enough
    /// finished dossiers.
    public func estimate(_ d: DossierTiming, now: Date) -> LatenessEstimate? {
        guard d.closedAt == nil, now < d.dueAt, let used = d.usedShare(now: now) else { return nil }
        for basis in LatenessBasis.allCases {
            guard let curve = curves[Self.key(basis, d)], curve.endings >= minimumFinished else { continue }
            // Nothing of the basis lasted as long as this one has: it is beyond what was seen — likely late.
            let p = curve.conditional(beyond: 1, given: used) ?? 1
            return LatenessEstimate(probability: p, basis: basis, finished: curve.endings)
        }
        return nil
    }
}
