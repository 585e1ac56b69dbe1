import Foundation
import IOCDomain

/// What the alarm cycle does for operating scenarios each time it runs (issue 18): the alarms it just raised start
/// (or propose) the runs their templates name, every active run is ticked (steps past due go overdue), and the
/// overdue steps' alarms are raised or cleared through the alarm state machine (`ScenarioStepAlarmRule`).
extension CityStore {
    /// Returns the runs started and the alarm decisions that changed something.
    ///
    /// Runs are started from the alarms active now, not from the decisions of one cycle: an alarm whose condition is
    /// active, not shelved, suppressed or out of service, and whose episode (since `activeSince`) has no run of a
    /// template that names it, gets one — so a crash between the alarm's commit and its run's, or a cycle that failed,
    /// loses no start, and a gauge taken out of service for maintenance starts nothing.
    @discardableResult
    public func applyScenarios(_ templates: [ScenarioTemplate], now: Date,
                               policy: AlarmPolicy = .standard) throws -> (started: [ScenarioRun], alarms: [AlarmDecision]) {
        var started: [ScenarioRun] = []
        if !templates.isEmpty {
            let candidates = try database.read { db in
                try db.fetchAll(sql: """
                    SELECT * FROM alarm WHERE condition_active = 1 AND state NOT IN ('shelved', 'suppressed', 'oos') AND rule_id <> ?
                    """, arguments: [ScenarioStepAlarmRule.ruleID]).map(AlarmRow.alarm)
            }
            for alarm in candidates {
                let alert = alarm.kind == .alert ? try alertFacts(subject: alarm.subject) : nil
                for template in ScenarioTemplate.triggered(by: alarm, among: templates, alert: alert) {
                    let since = (alarm.activeSince ?? alarm.lastChangeAt).unixMillis
                    let hasRun = try database.read { db in
                        try db.fetchOne(Int.self, sql: """
                            SELECT COUNT(*) FROM scenario_run WHERE alarm_id = ? AND template_id = ? AND exercise = 0 AND started_ms >= ?
                            """, arguments: [alarm.id, template.id, since]) ?? 0 > 0
                    }
                    if hasRun { continue }
                    started.append(try startRun(template, at: max(now, alarm.activeSince ?? now), by: .system, alarmID: alarm.id,
                                                exercise: false, byHand: false))
                }
            }
        }
        var (runs, current) = try readScenarioCycle()
        // A write only when a step has come due (the cycle runs every 5 s; most find nothing to do).
        if runs.contains(where: { ScenarioRunMachine.apply(.tick(at: now), to: $0).run != nil }) {
            _ = try tickRuns(at: now)
            (runs, current) = try readScenarioCycle()
        }
        let items = ScenarioStepAlarmRule.inputs(runs: runs, current: current, now: now)
        let alarms = items.isEmpty ? [] : try applyAlarmInputs(items, policy: policy).filter { $0.alarm != nil }
        return (started, alarms)
    }

    private func readScenarioCycle() throws -> (runs: [ScenarioRun], alarms: [Alarm]) {
        try database.read { db in
            // Active runs hold the overdue steps; an alarm of a run no longer active is cleared by the rule.
            (try db.fetchAll(sql: "SELECT run FROM scenario_run WHERE state = 'active'").map { try Self.run(fromJSON: $0[0]) },
             try db.fetchAll(sql: "SELECT * FROM alarm WHERE rule_id = ? AND condition_active = 1",
                             arguments: [ScenarioStepAlarmRule.ruleID]).map(AlarmRow.alarm))
        }
    }

    /// The event type and text of the alert an `alert` alarm is about (its subject: source id, "/", the alert's id).
    func alertFacts(subject: String) throws -> AlertFacts? {
        guard let slash = subject.firstIndex(of: "/") else { return nil }
        let source = String(subject[..<slash]), id = String(subject[subject.index(after: slash)...])
        return try database.read { db in
            try db.fetchOne(sql: "SELECT category, title, title_en, detail FROM event WHERE kind = ? AND source_id = ? AND external_id = ?",
                            arguments: [EventKind.alert.rawValue, source, id]).map { row in
                let parts: [String?] = [row[1], row[2], row[3]]
                return AlertFacts(event: row[0], text: parts.compactMap { $0 }.joined(separator: "\n"))
            }
        }
    }
}
