import Foundation
import IOCConfig
import IOCDomain

/// Turns rule inputs into condition changes: raises when a rule's condition becomes active for a subject, clears
/// when it stops. The alarm state machine consumes the changes; this type knows nothing of acknowledgement.
///
/// Threshold, rate and anomaly rules look at every observation newer than the newest one already evaluated, in
/// time order, so the result does not depend on how often `evaluate` is called: on-delay and deadband follow the
/// data's own times. Stale, source-down and deadline rules are levels evaluated at `inputs.now`. The evaluator keeps
/// per-alarm memory (active set, on-delay start times) behind a lock; each call costs O(series + new observations
/// + deadline items), with no allocation per observation.
public final class RuleEvaluator: Sendable {
    public let rules: [AlarmRule]
    let memory: Locked<RuleMemory>
    /// `valueRules(of:)` by series key.
    private let valueRuleCache = Locked<[String: ValueRules]>([:])
    /// The series projected ahead for the screens (the rules file's `projections:`), if any.
    public let projections: ProjectionSettings?
    /// The indexes of the source-down rules, in file order: the first matching one is the parent of stale alarms.
    let sourceDownRules: [Int]
    /// The stations with official alarm levels, by series key, for `water_level` rules.
    let waterLevelStations: [String: WaterLevelStation]

    public init(rules: [AlarmRule], waterLevels: [WaterLevelStation] = [], projections: ProjectionSettings? = nil) {
        self.rules = rules
        self.projections = projections
        self.waterLevelStations = Dictionary(waterLevels.map { ($0.seriesKey, $0) }, uniquingKeysWith: { first, _ in first })
        self.memory = Locked(RuleMemory(ruleCount: rules.count))
        self.sourceDownRules = rules.indices.filter { rules[$0].kind == .sourceDown }
    }

    /// An evaluator that remembers `active` (the raises of conditions still active, e.g. read back from the alarm
    /// store after a restart) as already raised: they are not raised again, and they clear when their condition no
    /// longer holds. Changes of rules no longer in `rules` are ignored.
    public convenience init(rules: [AlarmRule], waterLevels: [WaterLevelStation] = [], projections: ProjectionSettings? = nil,
                            active: [ConditionChange]) {
        self.init(rules: rules, waterLevels: waterLevels, projections: projections)
        let indexByID = Dictionary(rules.indices.map { (rules[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        memory.withLock { memory in
            for change in active where change.active {
                guard let index = indexByID[change.ruleID] else { continue }
                switch rules[index].kind {
                case .forecast:
                    memory.series[index][change.subject] = SeriesConditionState(
                        active: true, raisedMessage: change.message, raisedMessageEN: change.messageEN)
                    var model = SeriesModelState.forecast()
                    model.forecastLevel = change.priority == rules[index].priority ? 2 : 1
                    memory.models[index][change.subject] = model
                case .threshold, .rateOfChange, .anomaly, .waterLevel:
                    memory.series[index][change.subject] = SeriesConditionState(
                        active: true, raisedMessage: change.message, raisedMessageEN: change.messageEN,
                        level: rules[index].kind == .waterLevel ? WaterAlarmLevel(priority: change.priority) : nil)
                case .stale, .sourceDown, .deadline, .alert, .surge:
                    memory.levels[index][change.subject] = change
                }
            }
        }
    }

    /// How far back `RuleInputs.series` must reach: the longest rate window or on-delay, at least 15 minutes.
    /// Callers add the time since their previous call, so no value arrives unseen.
    public var requiredWindow: TimeInterval {
        rules.reduce(900) { longest, rule in
            switch rule.kind {
            case .rateOfChange: return max(longest, rule.parameters.rateWindow, rule.parameters.onDelay)
            case .threshold, .anomaly, .waterLevel, .forecast: return max(longest, rule.parameters.onDelay)
            default: return longest
            }
        }
    }

    /// Whether a rule looks at the dossiers at risk of lateness (`RuleInputs.lateRisks`).
    public var readsLateRisks: Bool {
        rules.contains { $0.kind == .deadline && $0.parameters.deadline == .atRisk }
    }

    /// What surge rules count (`RuleInputs.received`): the kinds and how far back (nil without surge rules).
    public var receivedRead: (kinds: Set<EventKind>, window: TimeInterval)? {
        let surges = rules.filter { $0.kind == .surge }
        guard !surges.isEmpty else { return nil }
        return (Set(surges.compactMap { EventKind(rawValue: $0.selector) }), surges.map(\.parameters.surgeWindow).max() ?? 3600)
    }

    /// How far ahead `RuleInputs.deadlines` must reach: the longest due-soon warning window (at least 24 h).
    public var requiredWarningWindow: TimeInterval {
        rules.reduce(DeadlineStatus.defaultWarningWindow) { longest, rule in
            rule.kind == .deadline && rule.parameters.deadline == .dueSoon
                ? max(longest, rule.parameters.warningWindow) : longest
        }
    }

    /// What `evaluate` will look at of each series at `now`, for a caller that read everything since
    /// `now − window` before: a series no threshold, rate or anomaly rule matches needs no observations; one already
    /// evaluated needs those after its newest evaluated time, and a rate rule's window before that; one not yet
    /// evaluated needs the whole window. Baselines only for a series an anomaly rule matches. The result of
    /// `evaluate` is the same as with everything read (`RuleReadPlanTests`), for far fewer rows: each series is
    /// polled many times within the window, and every value already evaluated was read again at each cycle.
    public func readPlan(now: Date, window: TimeInterval) -> (String) -> SeriesReadPlan {
        let windowStart = now.addingTimeInterval(-max(0, window))
        let seen = memory.withLock { memory in
            memory.windowStart = windowStart
            return memory.lastSeen
        }
        return { [self] key in
            let (matches, lookback, baselines, warmUp, _) = valueRules(of: key)
            guard matches else { return SeriesReadPlan(from: nil, baselines: false) }
            // A series a model rule learns from is read further back the first time: its days warm the model up.
            guard let last = seen[key] else {
                return SeriesReadPlan(from: min(windowStart, now.addingTimeInterval(-warmUp)), baselines: baselines)
            }
            let from = max(windowStart, last.addingTimeInterval(-lookback))
            // The new values' windows start after now − lookback: between there and the newest value evaluated, only
            // the first good value can be the oldest good value within a new value's window.
            let bandEnd = max(from, now.addingTimeInterval(-lookback))
            return SeriesReadPlan(from: from, baselines: baselines, thinned: lookback > 0 && bandEnd < last ? bandEnd...last : nil)
        }
    }

    /// What the rules need of series `key`: whether a value rule (threshold, rate, anomaly, forecast) or the
    /// projections look at it, how far back its rate rules look, whether an anomaly rule needs its baselines, how far
    /// back it is read to warm its models up, and whether it has a forecaster; matched once per key (the rules never
    /// change).
    typealias ValueRules = (matches: Bool, lookback: TimeInterval, baselines: Bool, warmUp: TimeInterval, forecaster: Bool)

    func valueRules(of key: String) -> ValueRules {
        if let known = valueRuleCache.withLock({ $0[key] }) { return known }
        var matches = false, lookback: TimeInterval = 0, baselines = false, warmUp: TimeInterval = 0, forecaster = false
        if let projections, RuleGlob.matches(projections.series, key) {
            matches = true; forecaster = true; warmUp = SeriesModelState.forecastWarmUp
        }
        for rule in rules where RuleGlob.matches(rule.selector, key) {
            switch rule.kind {
            case .threshold, .waterLevel: matches = true
            case .rateOfChange: matches = true; lookback = max(lookback, rule.parameters.rateWindow)
            case .anomaly where rule.parameters.anomalyMeasure == .score:
                matches = true; warmUp = max(warmUp, SeriesModelState.anomalyWarmUp)
            case .anomaly: matches = true; baselines = true
            case .forecast: matches = true; forecaster = true; warmUp = max(warmUp, SeriesModelState.forecastWarmUp)
            case .stale, .sourceDown, .deadline, .alert, .surge: break
            }
        }
        let found: ValueRules = (matches, lookback, baselines, warmUp, forecaster)
        valueRuleCache.withLock { $0[key] = found }
        return found
    }

    /// The alarm ids whose condition is active now, sorted.
    public var activeAlarmIDs: [String] {
        memory.withLock { memory in
            var ids: [String] = []
            for (index, states) in memory.series.enumerated() {
                for (key, state) in states where state.active {
                    ids.append(ConditionChange.alarmID(ruleID: rules[index].id, subject: key))
                }
            }
            for levels in memory.levels { ids += levels.values.map(\.alarmID) }
            return ids.sorted()
        }
    }

    /// Condition changes since the last call: only transitions (raise when it becomes active, clear when it stops),
    /// so calling it every poll cycle with fresh inputs is cheap and idempotent. Deterministic for the same inputs.
    /// Changes are in time order; changes at the same time keep rule order, then input order.
    public func evaluate(_ inputs: RuleInputs) -> [ConditionChange] {
        memory.withLock { memory in
            var changes: [ConditionChange] = []
            for window in inputs.series {
                evaluateSeries(window, inputs: inputs, memory: &memory, into: &changes)
            }
            for index in rules.indices {
                switch rules[index].kind {
                case .stale: evaluateStale(index, inputs: inputs, memory: &memory, into: &changes)
                case .sourceDown: evaluateSourceDown(index, inputs: inputs, memory: &memory, into: &changes)
                case .deadline: evaluateDeadline(index, inputs: inputs, memory: &memory, into: &changes)
                case .surge: evaluateSurge(index, inputs: inputs, memory: &memory, into: &changes)
                case .alert: evaluateAlert(index, inputs: inputs, memory: &memory, into: &changes)
                case .threshold, .rateOfChange, .anomaly, .waterLevel, .forecast: break
                }
            }
            // Stable: ties keep the order above.
            return changes.enumerated().sorted { a, b in
                a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
            }.map(\.element)
        }
    }
}
