import Foundation
import IOCEngine

/// The time a process's background work runs on: the real one, or a simulated city's time running `speed` times
/// faster (`ioc poll --speed N`, for soaks). The poller, the alarm cycle and the housekeeping read their dates from
/// `now` and wait through `sleep`, so all of them keep the same fast time.
struct ProcessTime: Sendable {
    let now: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void
    /// The fast clock, nil for real time.
    let fast: SpeedClock<ContinuousClock>?

    static let real = ProcessTime(now: Date.init, sleep: { try await Task.sleep(for: $0) }, fast: nil)

    /// Time from `start`, `speed` times faster than the real one.
    static func fast(speed: Double, start: Date) -> ProcessTime {
        let clock = SpeedClock(speed: speed, start: start, base: ContinuousClock())
        return ProcessTime(now: { clock.date() }, sleep: { try await clock.sleep(for: $0) }, fast: clock)
    }
}
