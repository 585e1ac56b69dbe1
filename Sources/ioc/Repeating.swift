import Foundation
import IOCDomain

/// A background job run again and again until cancelled (the alarm cycle, the poller-silence watch, the hourly
/// housekeeping). A failing step is reported through `onError` once per new text (a database that stays locked does
/// not flood the bottom line), again after a step that succeeded, and the step is tried again next time: a
/// background failure is visible, never swallowed.
enum Repeating {
    static func every(_ interval: Duration, priority: TaskPriority? = nil,
                      onError: @escaping @Sendable (String) -> Void,
                      _ step: @escaping @Sendable () throws -> Void) -> Task<Void, Never> {
        Task.detached(priority: priority) {
            var lastError: String?
            while !Task.isCancelled {
                do {
                    try step()
                    lastError = nil
                } catch {
                    let text = TextSanitizer.clean(String(describing: error), maxCharacters: 300)
                    if text != lastError { onError(text) }
                    lastError = text
                }
                do { try await Task.sleep(for: interval) } catch { return }   // cancelled while waiting
            }
        }
    }
}
