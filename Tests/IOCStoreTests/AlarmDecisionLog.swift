import Foundation
import IOCDomain

/// Collects alarm decisions made on several threads.
final class AlarmDecisionLog: @unchecked Sendable {
    private let lock = NSLock()
    private var decisions: [AlarmDecision] = []

    func record(_ decision: AlarmDecision) {
        lock.lock(); defer { lock.unlock() }
        decisions.append(decision)
    }

    var all: [AlarmDecision] {
        lock.lock(); defer { lock.unlock() }
        return decisions
    }
}
