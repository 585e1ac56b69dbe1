import Clocks
import Foundation
import IOCDomain

/// Runs one connector call against a deadline without waiting for a connector that ignores cancellation:
/// the first of "call returned", "deadline passed" and "caller cancelled" decides the attempt.
final class PollRace: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<PollAttempt, Never>?
    private var settled: PollAttempt?

    /// Starts `call` in its own task and returns the first outcome. `onCallReturned` runs when the call really
    /// returns, which after a timeout may be much later than this function.
    static func run(timeout: TimeInterval, clock: AnyClock<Duration>, call: @escaping @Sendable () async throws -> Batch,
                    onCallReturned: @escaping @Sendable () -> Void) async -> PollAttempt {
        let race = PollRace()
        let flight = Task.detached {
            let result: Result<Batch, any Error>
            do { result = .success(try await call()) } catch { result = .failure(error) }
            onCallReturned()
            race.settle(.finished(result))
        }
        let timer = Task.detached {
            do {
                try await clock.sleep(for: .seconds(max(0, timeout)))
                race.settle(.timedOut)
            } catch {
                // Cancelled: the call or the caller decided first.
            }
        }
        let attempt = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<PollAttempt, Never>) in
                race.install(continuation)
            }
        } onCancel: {
            race.settle(.cancelled)
        }
        timer.cancel()
        // Gone before the caller goes on: no timer outlives its attempt (a test clock counts the sleeps it holds).
        await timer.value
        if case .finished = attempt {} else { flight.cancel() }
        return attempt
    }

    private func install(_ continuation: CheckedContinuation<PollAttempt, Never>) {
        lock.lock()
        if let settled {
            lock.unlock()
            continuation.resume(returning: settled)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    private func settle(_ attempt: PollAttempt) {
        lock.lock()
        guard settled == nil else { lock.unlock(); return }
        settled = attempt
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(returning: attempt)
    }
}
