import Foundation
import IOCDomain

/// Where the scheduler writes what polls bring and how sources are doing. `IOCStore.CityStore` conforms (the
/// executable declares the conformance), tests use an in-memory recorder; the engine never imports the store.
public protocol PollRecorder: Sendable {
    /// Registers (or updates the name, kind and interval of) a source; keeps its recorded health.
    func registerSource(_ health: SourceHealth) throws
    /// The cursor the source's last successful poll returned, to resume after a restart.
    func cursor(for sourceID: String) throws -> String?
    /// Writes a successful poll's batch and the source's new health in one transaction.
    func recordSuccess(sourceID: String, batch: Batch, at: Date, durationMs: Double) throws
    /// Records a failed poll: the error (sanitised by the caller), the time, one more consecutive failure.
    func recordFailure(sourceID: String, error: String, at: Date, durationMs: Double) throws
    /// What operators asked of each source (paused, poll now), by id; read every control tick when the scheduler
    /// has one.
    func sourceControls() throws -> [String: SourceControl]
}

extension PollRecorder {
    /// A recorder that takes no operators' controls: every source polls on its schedule.
    public func sourceControls() throws -> [String: SourceControl] { [:] }
}
