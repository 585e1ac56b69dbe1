import Foundation
import IOCDomain

/// Where the alarm cycle reads rule inputs and writes alarm decisions. `IOCStore.CityStore` conforms (declared by
/// the executable), so the engine still never imports the store.
public protocol AlarmRecorder: Sendable {
    func ruleInputs(now: Date, window: TimeInterval, warningWindow: TimeInterval, baselineWeeks: Int) throws -> RuleInputs
    func applyAlarmInputs(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)], policy: AlarmPolicy) throws -> [AlarmDecision]
    func alarmsDueForTimers(now: Date, policy: AlarmPolicy) throws -> [Alarm]
    func alarms(states: Set<AlarmState>?, limit: Int) throws -> [Alarm]
}
