import Clocks
import Dispatch
import Foundation
import IOCDomain

/// Runs every source on its own schedule and records what each poll brings through a `PollRecorder`.
///
/// Each source runs in its own task: the first poll at once, then every `interval` ± jitter. A poll that exceeds
/// its timeout is cancelled and recorded as a failure; the source's next poll never starts while the previous
/// connector call is still running (even if the connector ignores cancellation). Failures back off
/// exponentially up to `maxBackoff` and a success returns the source to its normal interval. Recorder calls run
/// on a dedicated serial queue, off the cooperative pool.
///
/// Time comes from an injected clock (waits between polls, timeouts, durations) and jitter from an injected random
/// source, so tests drive backoff, jitter and timeouts on a test clock, instantly; recorded times come from `now`.
public final class PollScheduler: Sendable {
    /// One source with its schedule.
    struct Source: Sendable {
        let connector: any Connector
        let schedule: SourceSchedule
    }

    let sources: [Source]
    private let indexByID: [String: Int]
    private let recorder: any PollRecorder
    private let now: @Sendable () -> Date
    private let clock: AnyClock<Duration>
    private let random: @Sendable () -> Double
    private let onChange: @Sendable (String) -> Void
    private let states: Locked<[String: SourceRunState]>
    /// How often operators' controls are read (`PollRecorder.sourceControls`); nil: they are not.
    private let controlInterval: Duration?
    private let controls = Locked<[String: SourceControl]>([:])
    private let recorderQueue = DispatchQueue(label: "ioc.poll-scheduler.recorder")

    /// Longest error text recorded.
    public static let maxErrorLength = 300

    /// - Parameters:
    ///   - sources: connectors with their schedules; a later source with an already used id is ignored.
    ///   - recorder: where outcomes are written (called synchronously on a private serial queue).
    ///   - now: the time of day used for recorded times and for the connectors' `now`.
    ///   - clock: the clock of waits, timeouts and durations (a test clock in tests).
    ///   - random: values in 0…1 placing each delay in its jitter band.
    ///   - onChange: called with the source id after every recorded poll (success or failure).
    ///   - controlInterval: how often operators' controls are read; a paused source is not polled, and a "poll now"
    ///     asked after a source's last poll starts one within this interval. nil: no controls.
    public init<C: Clock>(sources: [(connector: any Connector, schedule: SourceSchedule)], recorder: any PollRecorder,
                          now: @escaping @Sendable () -> Date = Date.init, clock: C = ContinuousClock(),
                          random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
                          onChange: @escaping @Sendable (String) -> Void = { _ in },
                          controlInterval: Duration? = nil) where C.Duration == Duration {
        var unique: [Source] = []
        var index: [String: Int] = [:]
        for source in sources where index[source.connector.sourceID] == nil {
            index[source.connector.sourceID] = unique.count
            unique.append(Source(connector: source.connector, schedule: source.schedule))
        }
        self.sources = unique
        self.indexByID = index
        self.recorder = recorder
        self.now = now
        self.clock = AnyClock(clock)
        self.random = random
        self.onChange = onChange
        self.controlInterval = controlInterval
        self.states = Locked(Dictionary(uniqueKeysWithValues: unique.map { ($0.connector.sourceID, SourceRunState()) }))
    }

    /// The ids of the scheduled sources, in the order given.
    public var sourceIDs: [String] { sources.map(\.connector.sourceID) }

    /// Consecutive failures of a source so far (0 after a success), or nil for an unknown id.
    public func consecutiveFailures(sourceID: String) -> Int? {
        states.withLock { $0[sourceID]?.consecutiveFailures }
    }

    /// Runs every source until the task is cancelled (SIGTERM handling is the caller's: it cancels this).
    public func run() async {
        if controlInterval != nil { await readControls() }
        await withTaskGroup(of: Void.self) { group in
            if let tick = controlInterval {
                group.addTask {
                    while !Task.isCancelled {
                        do { try await self.clock.sleep(for: tick) } catch { return }
                        await self.readControls()
                    }
                }
            }
            for source in sources {
                group.addTask { await self.loop(source) }
            }
        }
    }

    /// Reads the operators' controls; a failed read keeps the last ones (the poll outcomes say if the store fails).
    private func readControls() async {
        let recorder = self.recorder
        if case .success(let read) = await onRecorderQueue({ try recorder.sourceControls() }) {
            controls.withLock { $0 = read }
        }
    }

    /// One poll of one source now (for `ioc snapshot`, tests and the first frame): records the outcome, returns it.
    public func pollOnce(sourceID: String) async -> PollOutcome {
        guard let index = indexByID[sourceID] else {
            return .failure(Self.clean("unknown source \(sourceID)"))
        }
        return await poll(sources[index])
    }

    private func loop(_ source: Source) async {
        let id = source.connector.sourceID
        while !Task.isCancelled {
            if let tick = controlInterval, controls.withLock({ $0[id]?.paused }) == true {
                do { try await clock.sleep(for: tick) } catch { return }
                continue
            }
            let started = now()
            _ = await poll(source)
            if Task.isCancelled { return }
            let failures = states.withLock { $0[id]?.consecutiveFailures ?? 0 }
            let delay = Duration.seconds(source.schedule.delay(consecutiveFailures: failures, unitRandom: random()))
            guard let tick = controlInterval else {
                do { try await clock.sleep(for: delay) } catch { return }
                continue
            }
            // Waits in ticks, so that a pause or a "poll now" asked after this poll is taken within one.
            var waited = Duration.zero
            while waited < delay {
                let step = min(tick, delay - waited)
                do { try await clock.sleep(for: step) } catch { return }
                waited += step
                let control = controls.withLock { $0[id] }
                if control?.paused == true { break }
                if let asked = control?.pollRequestedAt, asked > started { break }
            }
        }
    }

    private func poll(_ source: Source) async -> PollOutcome {
        let connector = source.connector
        let id = connector.sourceID
        let started = states.withLock { state -> Bool in
            guard state[id]?.inFlight == false else { return false }
            state[id]?.inFlight = true
            return true
        }
        let start = clock.now
        guard started else {
            return await fail(id, "previous poll still running", durationMs: 0)
        }
        var released = false
        defer { if !released { states.withLock { $0[id]?.inFlight = false } } }

        let cursor: String?
        switch await prepare(source) {
        case .success(let stored): cursor = stored
        case .failure(let error):
            return await fail(id, "recorder error: \(Self.describe(error))", durationMs: Self.ms(start.duration(to: clock.now)))
        }

        let at = now()
        let limits = source.schedule.limits
        released = true // from here the call's own completion releases the source
        let attempt = await PollRace.run(timeout: source.schedule.timeout, clock: clock, call: {
            try await connector.poll(cursor: cursor, now: at, limits: limits)
        }, onCallReturned: { [states] in
            states.withLock { $0[id]?.inFlight = false }
        })
        let durationMs = Self.ms(start.duration(to: clock.now))

        switch attempt {
        case .cancelled:
            return .failure("cancelled")
        case .timedOut:
            return await fail(id, Self.timeoutMessage(source.schedule.timeout), durationMs: durationMs)
        case .finished(.failure(let error)):
            if error is CancellationError, Task.isCancelled { return .failure("cancelled") }
            return await fail(id, Self.describe(error), durationMs: durationMs)
        case .finished(.success(let answer)):
            let batch = DuplicateRecords.removed(from: answer)
            let recorded = await onRecorderQueue { [recorder] in
                try recorder.recordSuccess(sourceID: id, batch: batch, at: at, durationMs: durationMs)
            }
            if case .failure(let error) = recorded {
                return await fail(id, "recorder error: \(Self.describe(error))", durationMs: durationMs)
            }
            states.withLock { state in
                state[id]?.consecutiveFailures = 0
                if let next = batch.cursor { state[id]?.cursor = next }
            }
            onChange(id)
            return .success(observations: batch.observations.count, events: batch.events.count,
                            durationMs: durationMs)
        }
    }

    /// Registers the source and reads its stored cursor once; retried on the next poll if the recorder fails.
    private func prepare(_ source: Source) async -> Result<String?, any Error> {
        let id = source.connector.sourceID
        let known = states.withLock { state -> (Bool, String?) in (state[id]?.prepared ?? false, state[id]?.cursor) }
        if known.0 { return .success(known.1) }
        let health = source.connector.registration(interval: source.schedule.interval)
        let result = await onRecorderQueue { [recorder] () throws -> String? in
            try recorder.registerSource(health)
            return try recorder.cursor(for: id)
        }
        if case .success(let stored) = result {
            states.withLock { state in
                state[id]?.prepared = true
                state[id]?.cursor = stored
            }
        }
        return result
    }

    /// Records a failure (a recorder error while doing so is swallowed: the outcome is a failure either way).
    private func fail(_ id: String, _ message: String, durationMs: Double) async -> PollOutcome {
        let text = Self.clean(message)
        let at = now()
        states.withLock { $0[id]?.consecutiveFailures += 1 }
        _ = await onRecorderQueue { [recorder] in
            try recorder.recordFailure(sourceID: id, error: text, at: at, durationMs: durationMs)
        }
        onChange(id)
        return .failure(text)
    }

    private func onRecorderQueue<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async -> Result<T, any Error> {
        await withCheckedContinuation { continuation in
            recorderQueue.async {
                continuation.resume(returning: Result { try body() })
            }
        }
    }

    /// "timeout after Ns" (`PollError.timeout`'s wording, one for the scheduler's deadline and the connectors').
    static func timeoutMessage(_ seconds: TimeInterval) -> String {
        PollError.timeout(seconds: seconds).description
    }

    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }

    static func clean(_ text: String) -> String {
        let cleaned = TextSanitizer.clean(text, maxCharacters: maxErrorLength)
        return cleaned.isEmpty ? "unknown error" : cleaned
    }

    private static func ms(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }
}
