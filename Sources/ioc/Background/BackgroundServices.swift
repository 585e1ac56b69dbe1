import Foundation
import IOCDomain
import IOCEngine
import IOCStore
import Logging
import ServiceLifecycle

/// The background work of every process that has any — the console, the wall and `ioc poll` alike — as one
/// swift-service-lifecycle `ServiceGroup`: the poller, the alarm cycle (or a `--no-poll` console's watch) and the
/// hourly housekeeping, started in that order and shut down gracefully in the reverse one (housekeeping, alarms, then
/// the poller, whose in-flight write finishes last). A process with a screen starts it after its first frame, so that
/// frame does not share the cores with their first reads and writes (Decision 30), and stops it after the terminal
/// is restored. The jobs' failures are state in `health`.
final class BackgroundServices: @unchecked Sendable {
    let health: BackgroundHealth
    private let group: ServiceGroup?
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    /// The services of a process: the poller, the alarm cycle (or watch), the housekeeping, in that order.
    /// - Parameters:
    ///   - engine: the poller, or nil for a process that does not poll.
    ///   - alarms: the alarm cycle's (or watch's) step and interval, or nil.
    ///   - housekeeping: whether this process keeps the store's rollups and pruning (whoever polls does).
    ///   - retention: what the housekeeping keeps (the sources file's `retention:`, else the standard policy).
    ///   - queue: an offline-first poller's recorder, whose queue is forwarded while records wait.
    ///   - time: the time the alarm cycle and the housekeeping run on (a fast simulated one with `--speed`).
    convenience init(engine: EngineSetup.Engine?, store: any RetentionStore, alarms: AlarmSetup.Job?, housekeeping: Bool,
                     retention: RetentionPolicy = .standard, forwarder: AuditForwarder? = nil,
                     queue: OfflinePollRecorder? = nil, time: ProcessTime = .real, health: BackgroundHealth) {
        var services: [any Service] = []
        if let engine { services.append(PollerService(scheduler: engine.scheduler)) }
        if let alarms {
            services.append(RepeatingService(.alarmCycle, every: alarms.interval, health: health, now: time.now,
                                             sleep: time.sleep, step: alarms.step))
            if let refit = alarms.refit {
                // On a thread of its own: a refit takes milliseconds the alarm cycle does not wait for.
                services.append(ThreadedRepeatingService(.modelRefit, every: AlarmSetup.refitInterval, health: health, step: refit))
            }
        }
        if housekeeping {
            services.append(RepeatingService(.housekeeping, every: Maintenance.period, health: health, now: time.now,
                                             sleep: time.sleep) {
                _ = try store.rollupAndPrune(now: time.now(), policy: retention)
            })
        }
        if let queue {
            // Every second, real time: a store back from an outage gets the poller's backlog within a second (a
            // forward that finds it still away fails fast, and is the job's health until it works).
            services.append(ThreadedRepeatingService(.queueForwarding, every: 1, health: health) { try queue.forward() })
        }
        if let forwarder {
            // Every second: a record reaches the SOC within about a second, and a collector back from an outage gets
            // the backlog at once.
            services.append(ThreadedRepeatingService(.auditForwarding, every: 1, health: health) { try forwarder.step() })
        }
        self.init(services: services, health: health)
    }

    /// Any services, started in the order given and shut down in the reverse one.
    init(services: [any Service], health: BackgroundHealth) {
        self.health = health
        let configurations = services.map {
            // A job that ends on its own leaves the others running; none throws (its failures are health).
            ServiceGroupConfiguration.ServiceConfiguration(service: $0, successTerminationBehavior: .ignore,
                                                           failureTerminationBehavior: .ignore)
        }
        let quiet = Logger(label: "ioc.background", factory: { _ in SwiftLogNoOpLogHandler() })
        group = services.isEmpty ? nil : ServiceGroup(configuration: ServiceGroupConfiguration(services: configurations, logger: quiet))
    }

    /// Starts the group the first time it is called; later calls do nothing.
    func startOnce() {
        lock.withLock {
            guard task == nil, let group else { return }
            task = Task.detached {
                do { try await group.run() } catch {
                    // The group itself failed (not a job: their failures are health); said, not swallowed.
                    FileHandle.standardError.write(Data("ioc: background services stopped: \(error)\n".utf8))
                }
            }
        }
    }

    /// Shuts the group down in reverse order and waits up to `timeout` seconds (a job still running past that is
    /// abandoned: the process is leaving, and SQLite's WAL keeps what was committed). Whether it stopped in time.
    @discardableResult
    func stop(timeout: Double = 2) -> Bool {
        guard let task = lock.withLock({ self.task }), let group else { return true }
        do {
            _ = try runBlocking(timeout: timeout) {
                await group.triggerGracefulShutdown()
                await task.value
            }
            return true
        } catch {
            // Said, not swallowed: a log line in one fixed form (the terminal is already restored).
            FileHandle.standardError.write(Data("ioc: the background services did not stop within \(Int(timeout)) s; their last work was abandoned (the database keeps what was committed)\n".utf8))
            return false
        }
    }
}
