import Foundation
import IOCDomain
import ServiceLifecycle

/// A background job that blocks on the network (the SOC forwarder: a connect can take seconds) run on a thread of
/// its own, so it never holds one of the few threads of Swift's cooperative pool that the poller and the alarm cycle
/// share. Each run's outcome goes to `BackgroundHealth`; shutdown wakes the wait between runs, and a run under way
/// finishes (its waits are bounded) before the service returns.
final class ThreadedRepeatingService: Service, @unchecked Sendable, CustomStringConvertible {
    let job: BackgroundJob
    let interval: TimeInterval
    let health: BackgroundHealth
    let step: @Sendable () throws -> Void
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopping = false

    init(_ job: BackgroundJob, every interval: TimeInterval, health: BackgroundHealth, step: @escaping @Sendable () throws -> Void) {
        self.job = job; self.interval = interval; self.health = health; self.step = step
    }

    var description: String { job.rawValue }

    func run() async {
        let thread = Thread { [self] in
            while !lock.withLock({ stopping }) {
                do {
                    try step()
                    health.succeeded(job)
                } catch {
                    health.failed(job, error, at: Date())
                }
                _ = wake.wait(timeout: .now() + interval)
            }
            finished.signal()
        }
        thread.name = "ioc.\(job.rawValue)"
        thread.start()
        // Until the group shuts down (or this task is cancelled), then stop the thread and wait for it off the pool.
        try? await gracefulShutdown()
        lock.withLock { stopping = true }
        wake.signal()
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async { [finished] in
                finished.wait()
                done.resume()
            }
        }
    }
}
