import Foundation

/// Waiting for a condition instead of sleeping for a fixed time: polls every 0.1 s until the condition holds or the
/// timeout passes. The one polling loop of the test support (`TmuxSession.waitFor` uses it too).
public enum Eventually {
    /// Whether `condition` came to hold within `timeout` seconds.
    public static func holds(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        return false
    }
}
