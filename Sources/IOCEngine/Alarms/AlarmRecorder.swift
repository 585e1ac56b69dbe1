import Foundation
import IOCDomain

/// Where the alarm cycle reads rule inputs and writes alarm decisions. `IOCStore.CityStore` conforms (declared by
/// the executable), so the engine still never imports the store.
public protocol AlarmRecorder: Sendable {
    /// Each series as far as `plan` asks (`RuleEvaluator.readPlan`), the deadlines and the sources.
    func ruleInputs(now: Date, warningWindow: TimeInterval, baselineWeeks: Int,
                    plan: (String) -> SeriesReadPlan) throws -> RuleInputs
    func applyAlarmInputs(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)], policy: AlarmPolicy) throws -> [AlarmDecision]
    func alarmsDueForTimers(now: Date, policy: AlarmPolicy) throws -> [Alarm]
    func alarms(states: Set<AlarmState>?, limit: Int) throws -> [Alarm]
    /// The open dossiers not yet late with their probability of lateness (for `at_risk` deadline rules).
    func lateRisks(now: Date) throws -> [LateRisk]
    /// The items of `kinds` received since `since` (for surge rules).
    func eventsReceived(kinds: Set<EventKind>, since: Date) throws -> [EventSummary]
    /// Replaces the projections of these series (the screens draw them beside the history).
    func recordProjections(_ projections: [(key: String, projection: SeriesProjection)], at now: Date) throws
}
