import Foundation

extension SourceHealth {
    /// This source's health without the times every poll moves even when it brings nothing new: the last attempt,
    /// the last success, the duration and the next poll. What is left changes only when the source's state does.
    public var withoutPollTimes: SourceHealth {
        var health = self
        health.lastAttemptAt = nil
        health.lastSuccessAt = nil
        health.lastDurationMs = nil
        health.nextPollAt = nil
        return health
    }
}
