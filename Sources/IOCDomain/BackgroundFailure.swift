import Foundation

/// A background job that is failing, as state (like a source's health): since when, its last error, how many runs
/// in a row failed. It lasts until the job succeeds again.
public struct BackgroundFailure: Sendable, Hashable {
    public var job: BackgroundJob
    public var error: String
    public var since: Date
    public var consecutive: Int

    public init(job: BackgroundJob, error: String, since: Date, consecutive: Int) {
        self.job = job; self.error = error; self.since = since; self.consecutive = consecutive
    }
}
