import Foundation
import IOCDomain
import ServiceLifecycle

/// A background job run again and again until the service group shuts down (the alarm cycle, the poller-silence
/// watch, the hourly housekeeping). Each run's outcome goes to `BackgroundHealth`: a failure is state until a run
/// succeeds, and the step is tried again next time.
struct RepeatingService: Service, CustomStringConvertible {
    let job: BackgroundJob
    let interval: Duration
    let health: BackgroundHealth
    let now: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void
    let step: @Sendable () throws -> Void

    /// `now` and `sleep` are the process's time (`ProcessTime`): a fast simulated time waits a `speed`-th as long.
    init(_ job: BackgroundJob, every interval: Duration, health: BackgroundHealth,
         now: @escaping @Sendable () -> Date = Date.init,
         sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
         step: @escaping @Sendable () throws -> Void) {
        self.job = job; self.interval = interval; self.health = health; self.now = now; self.sleep = sleep; self.step = step
    }

    var description: String { job.rawValue }

    func run() async {
        // Shutdown cancels the wait between runs; a run under way finishes its transaction first.
        await cancelWhenGracefulShutdown { [self] in
            while !Task.isCancelled {
                do {
                    try step()
                    health.succeeded(job)
                } catch {
                    health.failed(job, error, at: now())
                }
                do { try await sleep(interval) } catch { return }
            }
        }
    }
}
