import Foundation

/// How a data source is doing, recorded as data after every poll.
public enum SourceStatus: String, Sendable, Codable, Hashable {
    /// Never polled yet.
    case unknown
    /// Last poll succeeded.
    case ok
    /// Failing, but the last good data is recent (fewer than 3 consecutive failures).
    case degraded
    /// Failing repeatedly: its data is stale.
    case down
    /// No attempt for far longer than its schedule allows (`SourceHealth.isLate`): nothing polls it any more (the
    /// poller stopped, or it writes to another database), so its recorded status is out of date. Never stored:
    /// `SourceHealth.status(at:)` derives it when the health is read.
    case late

    /// The state in the reader's words, with a glyph so that meaning never rests on colour alone.
    public func label(_ lang: Language) -> String {
        switch self {
        case .ok: return lang.pick("✓ Tốt", "✓ OK")
        case .degraded: return lang.pick("! Chập chờn", "! Degraded")
        case .down: return lang.pick("✖ Mất kết nối", "✖ Down")
        case .unknown: return lang.pick("? Chưa rõ", "? Unknown")
        case .late: return lang.pick("? Trễ", "? Late")
        }
    }
}

/// The health of one source: the console's sources panel and the staleness of every value come from here.
public struct SourceHealth: Sendable, Codable, Hashable {
    public var sourceID: String
    public var name: String
    /// The name in English, when the connector has one (the simulator's); nil otherwise.
    public var nameEN: String?
    public var kind: String
    public var status: SourceStatus
    public var lastAttemptAt: Date?
    public var lastSuccessAt: Date?
    /// The last error, already sanitised (no control characters), at most a few hundred characters.
    public var lastError: String?
    public var consecutiveFailures: Int
    /// Duration of the last poll in milliseconds.
    public var lastDurationMs: Double?
    public var nextPollAt: Date?
    /// The configured polling interval in seconds.
    public var intervalSeconds: Double
    /// The midnight (Vietnam time) the counts below belong to; nil before the first poll.
    public var countsDay: Date?
    public var pollsToday: Int = 0
    public var failuresToday: Int = 0
    public var recordsToday: Int = 0
    /// Paused by an operator: not polled until resumed (`SourceControl`).
    public var isPaused = false
    /// Where the source is read from (a URL without its query, or a folder); nil for the simulator.
    public var endpoint: String?
    /// How its connection is protected; nil when it has none (a folder, the simulator).
    public var transportSecurity: TransportSecurity?

    public init(sourceID: String, name: String, kind: String, status: SourceStatus = .unknown,
                lastAttemptAt: Date? = nil, lastSuccessAt: Date? = nil, lastError: String? = nil,
                consecutiveFailures: Int = 0, lastDurationMs: Double? = nil, nextPollAt: Date? = nil,
                intervalSeconds: Double = 5, nameEN: String? = nil) {
        self.sourceID = sourceID; self.name = name; self.kind = kind; self.status = status
        self.lastAttemptAt = lastAttemptAt; self.lastSuccessAt = lastSuccessAt; self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures; self.lastDurationMs = lastDurationMs
        self.nextPollAt = nextPollAt; self.intervalSeconds = intervalSeconds; self.nameEN = nameEN
    }

    /// The name to show: the English one when `english` and there is one (not empty), else the name.
    public func name(_ language: Language) -> String {
        if language == .en, let nameEN, !nameEN.isEmpty { return nameEN }
        return name
    }
}

extension SourceHealth {
    /// The day's polls, failed polls and records at `now` (zero when the counts belong to an earlier day).
    public func today(at now: Date) -> (polls: Int, failures: Int, records: Int) {
        guard countsDay == VietnamTime.startOfDay(now) else { return (0, 0, 0) }
        return (pollsToday, failuresToday, recordsToday)
    }

    /// The share of the day's polls that failed, 0…1; nil before a poll today.
    public func errorRate(at now: Date) -> Double? {
        let counts = today(at: now)
        return counts.polls > 0 ? Double(counts.failures) / Double(counts.polls) : nil
    }

    /// Shortest silence that counts as late, whatever the interval: a poll's timeout and jitter never reach it.
    public static let lateFloor: TimeInterval = 120
    /// How many expected gaps between two attempts may pass before a source counts as late.
    public static let lateAfterGaps: Double = 3

    /// The longest wait between two attempts after failures (the scheduler's backoff cap for `interval`).
    public static func backoffLimit(interval: TimeInterval) -> TimeInterval { max(60, 8 * interval) }

    /// The gap the scheduler leaves after the last attempt: the interval, doubled per consecutive failure up to
    /// `backoffLimit` (never below the interval).
    public var expectedGap: TimeInterval {
        let interval = max(0.001, intervalSeconds)
        guard consecutiveFailures > 0 else { return interval }
        let backedOff = interval * pow(2, Double(min(consecutiveFailures, 40)))
        return max(interval, min(Self.backoffLimit(interval: interval), backedOff))
    }

    /// How long after the last attempt the source counts as late: three expected gaps, at least `lateFloor`.
    public var lateAfter: TimeInterval { max(Self.lateFloor, Self.lateAfterGaps * expectedGap) }

    /// Whether nothing has polled the source for longer than `lateAfter` at `now`. A source never attempted is
    /// not late (it is `unknown`).
    public func isLate(at now: Date) -> Bool {
        guard let last = lastAttemptAt else { return false }
        return now.timeIntervalSince(last) > lateAfter
    }

    /// The status to show at `now`: `late` when the source is late, unless it was recorded down (a source that
    /// was down when the polls stopped stays down: its data is at least as stale); otherwise the recorded status.
    /// The one rule every screen uses, applied when the health is read (`DashboardSnapshot.sources`).
    public func status(at now: Date) -> SourceStatus {
        if status != .down && status != .late && isLate(at: now) { return .late }
        return status
    }

    /// Whether the source's values are stale whatever their age: it is down or late.
    public func makesDataStale(at now: Date) -> Bool {
        let shown = status(at: now)
        return shown == .down || shown == .late
    }

    /// This health with its status as shown at `now`.
    public func shown(at now: Date) -> SourceHealth {
        var copy = self
        copy.status = status(at: now)
        return copy
    }
}

extension SourceStatus {
    /// Consecutive failures at which a source counts as down rather than degraded.
    public static let downAfterFailures = 3

    /// The status after a poll that succeeded: ok, or degraded when it left records out (its data flows, but
    /// something it sent was refused and someone should look; the reason is its last error).
    public static func afterSuccess(leftOut: Bool) -> SourceStatus { leftOut ? .degraded : .ok }

    /// The status after a poll: ok on success, degraded after 1–2 consecutive failures, down from 3 on.
    public static func after(consecutiveFailures: Int) -> SourceStatus {
        if consecutiveFailures <= 0 { return .ok }
        return consecutiveFailures < downAfterFailures ? .degraded : .down
    }
}
