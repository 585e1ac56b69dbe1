import Foundation

/// Errors of the background jobs, posted from any thread and taken by the console or wall loop, which shows each on
/// the bottom line under its job's name (a background failure is never swallowed).
final class BackgroundErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [(job: BackgroundJob, text: String)] = []

    func post(_ job: BackgroundJob, _ text: String) { lock.withLock { pending.append((job, text)) } }

    /// The errors posted since the last call, oldest first.
    func take() -> [(job: BackgroundJob, text: String)] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }
}
