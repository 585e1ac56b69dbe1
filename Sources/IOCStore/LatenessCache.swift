import Foundation
import IOCDomain

/// The lateness model and the risks of the open dossiers as last computed, kept between reads: the model is rebuilt
/// from half a year of dossiers at most every `modelAge` (it moves with days, not seconds), the risks at most every
/// `risksAge` (an early warning days ahead need not follow every poll, and re-reading a thousand open dossiers at each
/// one is the idle console's work for nothing). Readers drop kept risks of dossiers come due since.
final class LatenessCache: @unchecked Sendable {
    static let modelAge: TimeInterval = 600
    static let risksAge: TimeInterval = 60

    private let lock = NSLock()
    private var model: (builtAt: Date, model: LatenessModel)?
    private var risks: (at: Date, risks: [LateRisk])?

    func model(now: Date) -> LatenessModel? {
        lock.withLock {
            guard let kept = model, now >= kept.builtAt, now.timeIntervalSince(kept.builtAt) < Self.modelAge else { return nil }
            return kept.model
        }
    }

    func keep(_ built: LatenessModel, now: Date) { lock.withLock { model = (now, built) } }

    func risks(now: Date) -> [LateRisk]? {
        lock.withLock {
            guard let kept = risks, now >= kept.at, now.timeIntervalSince(kept.at) < Self.risksAge else { return nil }
            return kept.risks
        }
    }

    func keep(_ found: [LateRisk], now: Date) { lock.withLock { risks = (now, found) } }
}
