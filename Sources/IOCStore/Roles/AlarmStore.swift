import Foundation
import IOCDomain

/// The store as the alarm system uses it: rule inputs read, decisions of the ISA-18.2 state machine applied (and
/// the built-in alarms: no poller writing, a handover left pending), alarms listed and found, their timelines.
public protocol AlarmStore: AnyObject, Sendable {
    func applyAlarmInputs(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)], policy: AlarmPolicy) throws -> [AlarmDecision]
    func alarms(states: Set<AlarmState>?, limit: Int) throws -> [Alarm]
    func alarm(id: String) throws -> Alarm?
    func alarm(reference text: String) throws -> Alarm?
    func alarmDisplayIDs(keys: [String]) throws -> [String: String]
    func alarmTimeline(id: String) throws -> [AlarmTimelineEntry]
    func alarmActionCount() throws -> Int
    func alarmsDueForTimers(now: Date, policy: AlarmPolicy) throws -> [Alarm]
    func ruleInputs(now: Date, warningWindow: TimeInterval, baselineWeeks: Int, plan: (String) -> SeriesReadPlan) throws -> RuleInputs
    func applyPollerSilenceAlarm(now: Date, policy: AlarmPolicy) throws -> [AlarmDecision]
    func applyHandoverAlarm(now: Date, policy: AlarmPolicy) throws -> [AlarmDecision]
}

extension AlarmStore {
    /// One input through the state machine (`applyAlarmInputs` of one).
    @discardableResult
    public func applyAlarmInput(_ input: AlarmInput, alarmID: String, template: Alarm?,
                                policy: AlarmPolicy = .standard) throws -> AlarmDecision {
        try applyAlarmInputs([(alarmID: alarmID, input: input, template: template)], policy: policy)[0]
    }
}

extension AlarmStore {
    /// The built-in alarms' cycle steps under the standard policy.
    @discardableResult
    public func applyPollerSilenceAlarm(now: Date) throws -> [AlarmDecision] { try applyPollerSilenceAlarm(now: now, policy: .standard) }
    @discardableResult
    public func applyHandoverAlarm(now: Date) throws -> [AlarmDecision] { try applyHandoverAlarm(now: now, policy: .standard) }
}
