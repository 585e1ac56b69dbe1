import Foundation
import IOCDomain

/// The store as a poller writes to it: sources registered, polls recorded (live or forwarded from a poller's local
/// queue, each once), operators' controls read, history backfilled. `CityStore` is one, on SQLite or PostgreSQL; the
/// engine's `PollRecorder` is the part the scheduler needs.
public protocol ObservationIngest: AnyObject, Sendable {
    func registerSource(_ health: SourceHealth) throws
    func cursor(for sourceID: String) throws -> String?
    func recordSuccess(sourceID: String, batch: Batch, at: Date, durationMs: Double) throws
    func recordFailure(sourceID: String, error: String, at: Date, durationMs: Double) throws
    func ingestObservations(_ obs: [Observation], sourceID: String) throws
    func sourceControls() throws -> [String: SourceControl]
    func appliedSequence(poller: String) throws -> Int64
    func apply(_ record: PollRecord, poller: String, host: String, sequence: Int64, forwarded: Bool, at now: Date) throws -> Bool
    func reportBacklog(poller: String, host: String, queued: Int, oldest: Date?, at now: Date) throws
    func isUnreachable(_ error: any Error) -> Bool
    func recordHistory(sourceID: String, batch: Batch, day: Date, polls: Int) throws
    func recordHistoricAlarms(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)]) throws -> Int
    func lastAlarmAction(idPrefix prefix: String) throws -> Date?
    func sourceIDs() throws -> [String]
}
