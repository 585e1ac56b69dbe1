import Foundation
import IOCDomain

extension CityStore {
    /// Raises the "no poller is writing to this database" alarm when every source is late, and clears it when one
    /// is polled again (`PollerSilenceRule`), through the alarm state machine. Called on every alarm cycle of a
    /// polling process and by the watch of a console that does not poll (Decision 29); returns the decisions.
    @discardableResult
    public func applyPollerSilenceAlarm(now: Date, policy: AlarmPolicy = .standard) throws -> [AlarmDecision] {
        let (sources, current) = try database.read { db in
            (try Self.sourceHealth(db), try Self.alarm(db, id: PollerSilenceRule.alarmID))
        }
        let inputs = PollerSilenceRule.inputs(sources: sources, current: current, now: now)
        guard !inputs.isEmpty else { return [] }
        let template = PollerSilenceRule.template(at: now)
        return try applyAlarmInputs(inputs.map { (PollerSilenceRule.alarmID, $0, template) }, policy: policy)
    }
}
