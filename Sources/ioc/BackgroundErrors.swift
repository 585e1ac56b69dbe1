import Foundation

/// Errors of a background task, posted from any thread and taken by the console loop, which shows them on the
/// bottom line (a background failure is never swallowed).
final class BackgroundErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String] = []

    func post(_ text: String) { lock.withLock { pending.append(text) } }

    /// The errors posted since the last call, oldest first.
    func take() -> [String] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }
}
