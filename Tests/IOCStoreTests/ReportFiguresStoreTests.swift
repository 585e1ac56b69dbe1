import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// A report's figures from a seeded cache, checked against figures computed here from the raw rows with SQL (not
/// through the report's code): alarms by priority with their times to acknowledge, and dossiers per agency by the
/// official formula, for the period and the one before, and with a domain hidden.
final class ReportFiguresStoreTests: XCTestCase {
    /// October 2026 in Vietnam time: 2026-09-30 17:00 UTC to 2026-10-31 17:00 UTC.
    private let october = try! ReportPeriod(.month, of: "2026-10")
    private let op = Actor(name: "lan", role: .operator)

    private func ms(_ d: Date) -> Int64 { Int64((d.timeIntervalSince1970 * 1000).rounded()) }

    private func seededStore() throws -> (TemporaryDatabase, CityStore) {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        var random = SystemRandomNumberGenerator()
        // Alarms from the middle of September to the first days of November: raised, some acknowledged after a
        // while, some cleared and raised again, priorities 1–4, domains government and environment.
        var t = october.previous.start.addingTimeInterval(12 * 86_400)
        var n = 0
        while t < october.end.addingTimeInterval(3 * 86_400) {
            n += 1
            let priority = AlarmPriority(rawValue: n % 4 + 1)!
            let domain: Pillar = n % 3 == 0 ? .government : .publicOrder
            let id = "rule\(n % 7)|s\(n)"
            let template = AlarmStateMachine.newAlarm(id: id, ruleID: "rule\(n % 7)", subject: "s\(n)", kind: .threshold,
                                                      priority: priority, message: "m", at: t, domain: domain)
            _ = try store.applyAlarmInput(.conditionRaised(value: 1, message: "m", priority: priority, at: t),
                                          alarmID: id, template: template)
            if n % 5 != 0 {
                let later = t.addingTimeInterval(Double(Int.random(in: 20...5_000, using: &random)))
                _ = try store.applyAlarmInput(.acknowledge(by: op, at: later, note: nil), alarmID: id, template: nil)
            }
            if n % 4 == 0 {
                _ = try store.applyAlarmInput(.conditionCleared(at: t.addingTimeInterval(6_000)), alarmID: id, template: nil)
                _ = try store.applyAlarmInput(.conditionRaised(value: 2, message: "m", priority: priority, at: t.addingTimeInterval(7_000)),
                                              alarmID: id, template: nil)
            }
            t = t.addingTimeInterval(Double(Int.random(in: 300...40_000, using: &random)))
        }
        // Dossiers of three agencies around both edges of the period: received before and after, closed before,
        // inside and after, early, on time and late, open and past due at the end, due within 24 h of the end.
        var events: [CityEvent] = []
        let agencies = ["SXD", "STP", "SYT"]
        for i in 0..<600 {
            let opened = october.previous.start.addingTimeInterval(Double(Int.random(in: -20...60, using: &random)) * 86_400
                                                                   + Double(Int.random(in: 0...86_399, using: &random)))
            let due = Int.random(in: 0...9, using: &random) == 0 ? nil
                : opened.addingTimeInterval(Double(Int.random(in: 1...20, using: &random)) * 86_400)
            let closed = Int.random(in: 0...3, using: &random) == 0 ? nil
                : opened.addingTimeInterval(Double(Int.random(in: 3_600...30 * 86_400, using: &random)))
            events.append(CityEvent(kind: .dossier, externalID: "HS-\(i)", title: "Hồ sơ \(i)",
                                    status: closed == nil ? .received : .done, agencyCode: agencies[i % 3],
                                    openedAt: opened, dueAt: due, closedAt: closed, updatedAt: closed ?? opened))
        }
        // Citizen feedback: open at several steps, resolved, rated, cancelled; some without a deadline.
        let steps: [EventStatus] = [.new, .routed, .inProgress, .resolved, .rated, .cancelled]
        for i in 0..<400 {
            let opened = october.previous.start.addingTimeInterval(Double(Int.random(in: -10...60, using: &random)) * 86_400
                                                                   + Double(Int.random(in: 0...86_399, using: &random)))
            let status = steps[Int.random(in: 0..<steps.count, using: &random)]
            let closed = status.isOpen ? nil : opened.addingTimeInterval(Double(Int.random(in: 600...20 * 86_400, using: &random)))
            let due = i % 7 == 0 ? nil : opened.addingTimeInterval(Double(Int.random(in: 2...15, using: &random)) * 86_400)
            events.append(CityEvent(kind: .feedback, externalID: "PA-\(i)", title: "Phản ánh \(i)", status: status,
                                    agencyCode: agencies[(i + 1) % 3], openedAt: opened, dueAt: due, closedAt: closed,
                                    updatedAt: closed ?? opened))
        }
        try store.recordSuccess(sourceID: "dvc", batch: Batch(events: events, agencies: [
            Agency(code: "SXD", name: "Sở Xây dựng", nameEN: "Department of Construction"),
            Agency(code: "STP", name: "Sở Tư pháp", nameEN: "Department of Justice"),
            Agency(code: "SYT", name: "Sở Y tế", nameEN: "Department of Health"),
        ]), at: october.end.addingTimeInterval(5 * 86_400), durationMs: 1)
        return (temp, store)
    }

    /// Annunciations per priority and times to acknowledge, from the raw timeline rows.
    private func expectedAlarms(_ db: SQLSession, _ p: ReportPeriod, hidden: Set<Pillar>) throws -> [Int: (annunciated: Int, acked: Int, seconds: [Double])] {
        var out: [Int: (annunciated: Int, acked: Int, seconds: [Double])] = [:]
        for q in 1...4 { out[q] = (0, 0, []) }
        let visible = try Set(db.fetchAll(String.self, sql: "SELECT id FROM alarm WHERE domain NOT IN (\(hidden.map { "'\($0.rawValue)'" }.joined(separator: ",").isEmpty ? "''" : hidden.map { "'\($0.rawValue)'" }.joined(separator: ",")))"))
        let rows = try db.fetchAll(sql: "SELECT alarm_id, at_ms, action, from_state, to_state, priority FROM alarm_action ORDER BY alarm_id, at_ms, id")
        var lastRaise: [String: Int64] = [:]
        for row in rows {
            let id: String = row[0], at: Int64 = row[1], action: String = row[2], from: String = row[3], to: String = row[4]
            let priority: Int = row[5]
            let raise = (action == "raised" || action == "re-alarmed") && to == "unack" && from != "unack"
            if raise { lastRaise[id] = at }
            guard visible.contains(id), at >= ms(p.start), at < ms(p.end) else { continue }
            if raise { out[priority]!.annunciated += 1 }
            if action == "acknowledged" {
                out[priority]!.acked += 1
                if let r = lastRaise[id] { out[priority]!.seconds.append(Double(at - r) / 1000) }
            }
        }
        return out
    }

    func testAlarmFiguresMatchTheRawTimelineInThePeriodAndTheOneBefore() throws {
        let (temp, store) = try seededStore()
        let figures = try store.reportFigures(period: october, now: october.end)
                for (report, period) in [(figures.alarms, october), (figures.previousAlarms, october.previous)] {
            let expected = try store.database.read { try expectedAlarms($0, period, hidden: []) }
            XCTAssertGreaterThan(expected.values.map(\.annunciated).reduce(0, +), 20, "the seed raises alarms in \(period.name(.en))")
            for p in report.byPriority {
                let e = try XCTUnwrap(expected[p.priority])
                XCTAssertEqual(p.annunciated, e.annunciated, "\(period.name(.en)) P\(p.priority) annunciated")
                XCTAssertEqual(p.acknowledged, e.acked, "\(period.name(.en)) P\(p.priority) acknowledged")
                let sorted = e.seconds.sorted()
                let median = sorted.isEmpty ? nil : sorted[(sorted.count + 1) / 2 - 1]
                XCTAssertEqual(p.medianSecondsToAcknowledge, median, "\(period.name(.en)) P\(p.priority) median")
            }
            let intervals = Int((period.end.timeIntervalSince(period.start) / 600).rounded(.up))
            XCTAssertEqual(report.intervals, intervals)
            let peak = try store.database.read { db in
                try db.fetchOne(Int.self, sql: """
                    SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM alarm_action
                    WHERE at_ms >= ? AND at_ms < ? AND action IN ('raised', 're-alarmed') AND to_state = 'unack' AND from_state <> 'unack'
                    GROUP BY (at_ms - ?) / 600000) AS per_interval
                    """, arguments: [ms(period.start), ms(period.end), ms(period.start)])
            } ?? 0
            XCTAssertEqual(report.peakPer10Minutes, peak)
        }
    }

    func testAHiddenDomainIsLeftOutOfTheAlarmsAndTheDossiers() throws {
        let (temp, store) = try seededStore()
        let scope = AccessScope(restricted: [.government], granted: [])
        let figures = try store.reportFigures(period: october, scope: scope, now: october.end)
        XCTAssertEqual(figures.hidden, [.government])
        XCTAssertEqual(figures.dossiers, [], "no dossier figure for a reader without the government domain")
        XCTAssertFalse(figures.feedback.isEmpty, "feedback is another domain, still shown")
        let expected = try store.database.read { try expectedAlarms($0, october, hidden: [.government]) }
        for p in figures.alarms.byPriority {
            XCTAssertEqual(p.annunciated, expected[p.priority]?.annunciated, "P\(p.priority)")
        }
        let all = try store.reportFigures(period: october, now: october.end)
        XCTAssertLessThan(figures.alarms.annunciated, all.alarms.annunciated, "the government alarms are gone")
    }

    func testDossierFiguresFollowTheOfficialFormulaFromTheRawRows() throws {
        try checkDossiers(asOf: october.end)
    }

    /// A period not yet over is reported as of now: a dossier due before the period's end but after now is not late,
    /// and the alarm load is averaged over the time gone.
    func testAPeriodNotYetOverIsReportedAsOfNow() throws {
        let now = october.start.addingTimeInterval(10.5 * 86_400)
        try checkDossiers(asOf: now)
        let (_, store) = try seededStore()
        let figures = try store.reportFigures(period: october, now: now)
        XCTAssertEqual(figures.alarms.intervals, Int((now.timeIntervalSince(october.start) / 600).rounded(.up)))
    }

    private func checkDossiers(asOf: Date) throws {
        let (temp, store) = try seededStore()
        let figures = try store.reportFigures(period: october, now: asOf)
                // The period before is taken to the same span when this one is not over.
        let span = min(october.end, asOf).timeIntervalSince(october.start)
        let previousAsOf = asOf < october.end ? october.previous.start.addingTimeInterval(span) : october.previous.end
        for (agencies, period, until) in [(figures.dossiers, october, asOf), (figures.previousDossiers, october.previous, previousAsOf)] {
            let s = ms(period.start), e = ms(min(period.end, until)), day: Int64 = 86_400_000
            let rows = try store.database.read { db in
                try db.fetchAll(sql: """
                    SELECT agency_code,
                           COUNT(*),
                           COUNT(CASE WHEN closed_ms IS NOT NULL AND closed_ms >= ?1 AND closed_ms < ?2 AND due_ms IS NOT NULL AND closed_ms > due_ms THEN 1 END),
                           COUNT(CASE WHEN closed_ms IS NOT NULL AND closed_ms >= ?1 AND closed_ms < ?2
                               AND (due_ms IS NULL OR (closed_ms <= due_ms AND due_ms - closed_ms < ?3)) THEN 1 END),
                           COUNT(CASE WHEN closed_ms IS NOT NULL AND closed_ms >= ?1 AND closed_ms < ?2 AND due_ms IS NOT NULL AND due_ms - closed_ms >= ?3 THEN 1 END),
                           COUNT(CASE WHEN closed_ms IS NULL OR closed_ms >= ?2 THEN 1 END),
                           COUNT(CASE WHEN (closed_ms IS NULL OR closed_ms >= ?2) AND due_ms IS NOT NULL AND due_ms < ?2 THEN 1 END)
                    FROM event WHERE kind = 'dossier' AND opened_ms < ?2 AND (closed_ms IS NULL OR closed_ms >= ?1)
                    GROUP BY agency_code ORDER BY agency_code
                    """, arguments: [s, e, day])
            }
            XCTAssertEqual(agencies.count, rows.count, period.name(.en))
            for row in rows {
                let code: String = row[0]
                let a = try XCTUnwrap(agencies.first { $0.agencyCode == code }, code)
                let workload: Int = row[1], late: Int = row[2], onTime: Int = row[3], early: Int = row[4]
                let open: Int = row[5], overdue: Int = row[6]
                XCTAssertGreaterThan(workload, 30, "the seed gives \(code) a workload in \(period.name(.en))")
                XCTAssertEqual([a.workload, a.doneLate, a.doneOnTime, a.doneEarly, a.inProgress, a.lateInProgress],
                               [workload, late, onTime, early, open, overdue], "\(code) in \(period.name(.en))")
                let rate = 100 - Double(overdue + late) / Double(workload) * 100
                XCTAssertEqual(try XCTUnwrap(a.onTimeRate), rate, accuracy: 1e-9)
            }
            let rates = agencies.compactMap(\.onTimeRate)
            XCTAssertEqual(rates, rates.sorted(), "ranked from the lowest on-time rate")
        }
        XCTAssertEqual(figures.dossiers.first { $0.agencyCode == "SXD" }?.agencyName(.en), "Department of Construction")
        for a in figures.dossiers {
            XCTAssertEqual(a.done + a.inProgress, a.workload, "\(a.agencyCode): every dossier is done or in progress")
        }
    }

    func testFeedbackFiguresMatchTheRawRows() throws {
        let asOf = october.start.addingTimeInterval(20 * 86_400)
        let (temp, store) = try seededStore()
        for now in [october.end, asOf] {
            let figures = try store.reportFigures(period: october, now: now)
            let s = ms(october.start), e = ms(min(october.end, now))
            let rows = try store.database.read { db in
                try db.fetchAll(sql: """
                    SELECT agency_code,
                           COUNT(CASE WHEN opened_ms >= ?1 THEN 1 END),
                           COUNT(CASE WHEN opened_ms >= ?1 AND status IN ('routed', 'in_progress', 'resolved', 'rated') THEN 1 END),
                           COUNT(CASE WHEN closed_ms IS NOT NULL AND closed_ms < ?2 AND status IN ('resolved', 'rated') THEN 1 END),
                           COUNT(CASE WHEN closed_ms IS NULL OR closed_ms >= ?2 THEN 1 END),
                           COUNT(CASE WHEN (closed_ms IS NULL OR closed_ms >= ?2) AND due_ms IS NOT NULL AND due_ms < ?2 THEN 1 END)
                    FROM event WHERE kind = 'feedback' AND opened_ms < ?2 AND (closed_ms IS NULL OR closed_ms >= ?1)
                    GROUP BY agency_code
                    """, arguments: [s, e])
            }
            XCTAssertEqual(figures.feedback.count, rows.count)
            for row in rows {
                let code: String = row[0]
                let a = try XCTUnwrap(figures.feedback.first { $0.summary.agencyCode == code }).summary
                XCTAssertGreaterThan(row[1] as Int, 20, "the seed gives \(code) feedback")
                XCTAssertEqual([a.received, a.routed, a.resolved, a.inProgress, a.overdue],
                               [row[1], row[2], row[3], row[4], row[5]] as [Int], "\(code) as of \(now)")
            }
            // The median time to resolve of one agency, from its rows.
            let hours = try store.database.read { db in
                try db.fetchAll(Double.self, sql: """
                    SELECT (closed_ms - opened_ms) / 3600000.0 FROM event
                    WHERE kind = 'feedback' AND agency_code = 'SXD' AND status IN ('resolved', 'rated')
                      AND closed_ms >= ?1 AND closed_ms < ?2 AND opened_ms < ?2 ORDER BY 1
                    """, arguments: [s, e])
            }
            let median = hours.isEmpty ? nil : hours[(hours.count + 1) / 2 - 1]
            // PostgreSQL divides in NUMERIC here: the same hours to the last bits of a double.
            let found = figures.feedback.first { $0.summary.agencyCode == "SXD" }?.medianHoursToResolve
            XCTAssertEqual(found == nil, median == nil)
            if let found, let median { XCTAssertEqual(found, median, accuracy: 1e-9) }
            let overdue = figures.feedback.map(\.summary.overdue)
            XCTAssertEqual(overdue, overdue.sorted(by: >), "the most overdue first")
        }
    }

    /// A period that has not begun has no figures yet (not today's open dossiers).
    func testAPeriodThatHasNotBegunIsEmpty() throws {
        let (_, store) = try seededStore()
        let figures = try store.reportFigures(period: try ReportPeriod(.year, of: "2027"), now: october.end)
        XCTAssertEqual(figures.dossiers, [])
        XCTAssertEqual(figures.feedback, [])
        XCTAssertEqual(figures.alarms.annunciated, 0)
        XCTAssertEqual(figures.alarms.intervals, 0)
    }
}
