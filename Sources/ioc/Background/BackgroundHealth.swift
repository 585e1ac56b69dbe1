import Foundation
import IOCDomain

/// The health of the background jobs, written by the jobs from any thread and read by the console or wall loop once a
/// second: which jobs are failing (state, shown on the status bar until the job succeeds again), and the failures
/// that are new since the last read (said once on the bottom line: once per new text, so a database that stays
/// locked does not flood it, and again after a success). A background failure is visible, never swallowed.
final class BackgroundHealth: @unchecked Sendable {
    private let lock = NSLock()
    private var failing: [BackgroundJob: BackgroundFailure] = [:]
    private var fresh: [(job: BackgroundJob, text: String)] = []
    /// Also told of each new failure as it happens (`ioc poll` prints it).
    private let onNewFailure: (@Sendable (BackgroundJob, String) -> Void)?

    init(onNewFailure: (@Sendable (BackgroundJob, String) -> Void)? = nil) {
        self.onNewFailure = onNewFailure
    }

    func succeeded(_ job: BackgroundJob) {
        lock.withLock { _ = failing.removeValue(forKey: job) }
    }

    func failed(_ job: BackgroundJob, _ error: any Error, at: Date) {
        let text = TextSanitizer.clean(String(describing: error), maxCharacters: 300)
        let isNew: Bool = lock.withLock {
            var failure = failing[job] ?? BackgroundFailure(job: job, error: "", since: at, consecutive: 0)
            let isNew = failure.error != text
            failure.error = text
            failure.consecutive += 1
            failing[job] = failure
            if isNew { fresh.append((job, text)) }
            return isNew
        }
        if isNew { onNewFailure?(job, text) }
    }

    /// The jobs failing now, in `BackgroundJob` order.
    var failures: [BackgroundFailure] {
        lock.withLock { BackgroundJob.allCases.compactMap { failing[$0] } }
    }

    /// The failures with a new text since the last call, oldest first.
    func takeNew() -> [(job: BackgroundJob, text: String)] {
        lock.withLock {
            defer { fresh = [] }
            return fresh
        }
    }
}
