import Foundation

/// Waiting for a condition instead of sleeping for a fixed time: polls every 0.1 s until the condition holds or the
/// timeout passes. The one polling loop of the test support (`TmuxSession.waitFor` uses it too).
public enum Eventually {
    /// Whether `condition` came to hold within `timeout` seconds.
    public static func holds(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        // A monotonic deadline: a timeout, not a time of day.
        let deadline = ContinuousClock.now + .milliseconds(Int((timeout * 1000).rounded()))
        repeat {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        } while ContinuousClock.now < deadline
        return false
    }
}
