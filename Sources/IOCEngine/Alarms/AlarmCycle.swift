import Foundation
import IOCConfig
import IOCDomain

/// Turns data into alarms, once per cycle: evaluates the rules on fresh inputs (only condition *changes* come
/// out), applies them through the ISA-18.2 state machine in one transaction, suppresses by design the children of
/// an active parent (a source that is down suppresses its series' stale alarms) and releases them when the parent
/// clears, and applies the timers that are due (shelve expiry, escalation, acknowledgement timeout).
public final class AlarmCycle: Sendable {
    private let evaluator: RuleEvaluator
    private let recorder: any AlarmRecorder
    private let policy: AlarmPolicy
    private let now: @Sendable () -> Date
    private let lastRun = Locked<Date?>(nil)

    /// Seeds the evaluator with the alarms whose condition the store already holds active, so a restart neither
    /// raises them again nor forgets to clear them.
    public init(rules: [AlarmRule], waterLevels: [WaterLevelStation] = [], projections: ProjectionSettings? = nil,
                recorder: any AlarmRecorder,
                policy: AlarmPolicy = .standard,
                now: @escaping @Sendable () -> Date = Date.init) throws {
        let active = try recorder.alarms(states: nil, limit: 100_000).filter(\.conditionActive).map { a in
            ConditionChange(ruleID: a.ruleID, subject: a.subject, kind: a.kind, active: true, priority: a.priority.rawValue,
                            value: a.value, message: a.message, messageEN: a.messageEN, agencyCode: a.agencyCode, wardCode: a.wardCode,
                            sourceID: a.sourceID, parentAlarmID: a.parentID, at: a.activeSince ?? a.lastChangeAt, domain: a.domain)
        }
        self.evaluator = RuleEvaluator(rules: rules, waterLevels: waterLevels, projections: projections, active: active)
        self.recorder = recorder
        self.policy = policy
        self.now = now
    }

    /// One cycle at `at` (default: now). Returns the decisions that changed something.
    @discardableResult
    public func runOnce(at: Date? = nil) throws -> [AlarmDecision] {
        let t = at ?? now()
        let since = lastRun.withLock { previous -> TimeInterval in
            defer { previous = t }
            return previous.map { max(0, t.timeIntervalSince($0)) } ?? 0
        }
        var inputs = try recorder.ruleInputs(now: t, warningWindow: evaluator.requiredWarningWindow, baselineWeeks: 4,
                                             plan: evaluator.readPlan(now: t, window: evaluator.requiredWindow + since))
        if evaluator.readsLateRisks { inputs.lateRisks = try recorder.lateRisks(now: t) }
        if let read = evaluator.receivedRead {
            inputs.received = try recorder.eventsReceived(kinds: read.kinds, since: t.addingTimeInterval(-read.window))
        }
        let changes = evaluator.evaluate(inputs)
        var items: [(alarmID: String, input: AlarmInput, template: Alarm?)] = []
        let activeParents = Set(evaluator.activeAlarmIDs)
        var clearedParents: Set<String> = []
        for c in changes {
            let priority = AlarmPriority(rawValue: min(4, max(1, c.priority))) ?? .low
            if c.active {
                let template = AlarmStateMachine.newAlarm(ruleID: c.ruleID, subject: c.subject, kind: c.kind, priority: priority,
                                                          message: c.message, messageEN: c.messageEN, at: c.at,
                                                          agencyCode: c.agencyCode,
                                                          wardCode: c.wardCode, sourceID: c.sourceID, parentID: c.parentAlarmID,
                                                          domain: c.domain)
                items.append((c.alarmID, .conditionRaised(value: c.value, message: c.message, messageEN: c.messageEN,
                                                          priority: priority, at: c.at), template))
                if let parent = c.parentAlarmID, activeParents.contains(parent) {
                    items.append((c.alarmID, .suppressUnderParent(parentID: parent, at: c.at), template))
                }
            } else {
                items.append((c.alarmID, .conditionCleared(at: c.at), nil))
                clearedParents.insert(c.alarmID)
            }
        }
        if !clearedParents.isEmpty {
            for child in try recorder.alarms(states: [.suppressed], limit: 100_000) where child.parentID.map(clearedParents.contains) == true {
                items.append((child.id, .unsuppress(at: t), nil))
            }
        }
        for alarm in try recorder.alarmsDueForTimers(now: t, policy: policy) {
            for input in AlarmStateMachine.dueInputs(for: alarm, now: t, policy: policy) {
                items.append((alarm.id, input, nil))
            }
        }
        guard !items.isEmpty else { return [] }
        return try recorder.applyAlarmInputs(items, policy: policy).filter { $0.alarm != nil }
    }

    /// Writes the projections the last cycles made (`RuleEvaluator.takeProjections`); called after the cycle's other
    /// work, so that its failure stops none of it. Projections not written are made due again for the next call.
    public func recordProjections(at t: Date) throws {
        let taken = evaluator.takeProjections()
        do {
            try recorder.recordProjections(taken, at: t)
        } catch {
            evaluator.markProjectionsDue(taken.map(\.key))
            throw error
        }
    }

    /// Refits the series' forecasters whose daily refit is due, off the cycle (a job of its own): returns how many;
    /// throws when some could not be refitted (they are tried again at the next call), so the job's state says so.
    @discardableResult
    public func refitModels() throws -> Int {
        let (refitted, failed) = evaluator.refitModels()
        if failed > 0 { throw ModelRefitFailure(failed: failed, refitted: refitted) }
        return refitted
    }
}
