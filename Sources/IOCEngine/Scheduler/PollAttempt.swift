import IOCDomain

/// How the race between a connector call, its timeout and the caller's cancellation ended.
enum PollAttempt: Sendable {
    case finished(Result<Batch, any Error>)
    case timedOut
    case cancelled
}
