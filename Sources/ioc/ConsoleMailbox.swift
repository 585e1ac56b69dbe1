import Foundation
import IOCConsole

/// Answers of work the console started off its loop's thread (`:report`): posted from that work's thread, taken by
/// the loop with its next read, which the post wakes at once (`WakeSignal`).
final class ConsoleMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [ConsoleMessage] = []

    func post(_ message: ConsoleMessage) {
        lock.withLock { messages.append(message) }
    }

    /// Every message posted since the last call, oldest first.
    func take() -> [ConsoleMessage] {
        lock.withLock {
            defer { messages.removeAll() }
            return messages
        }
    }
}
