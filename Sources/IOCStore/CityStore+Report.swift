import Foundation
import IOCDomain

/// A report's figures, read from the cache in one transaction (`ReportFigures`): the rules that turn rows into
/// figures are in IOCDomain (`AlarmReport`, `DossierReport`); here are only the rows, filtered by the reader's scope.
extension CityStore {
    /// `progress` is told the steps done of `reportSteps` as the sections are read (for a progress bar).
    public func reportFigures(period: ReportPeriod, scope: AccessScope = .everything, now: Date = Date(),
                              progress: (Int) -> Void = { _ in }) throws -> ReportFigures {
        // A period not yet over is compared with the same span of the one before (the first 3 days of October with
        // the first 3 days of September), never with all of it.
        let previous = period.previous
        let elapsed = max(0, min(period.end, now).timeIntervalSince(period.start))
        let previousAsOf = now < period.end ? min(previous.end, previous.start.addingTimeInterval(elapsed)) : previous.end
        return try database.read { db in
            let names = try Self.agencyNames(db)
            progress(0)
            let dossiers = scope.allows(.government) ? try Self.dossierRows(db, previous.start, period.end) : []
            let directives = scope.allows(.directives) ? try Self.dossierRows(db, previous.start, period.end, kind: .directive) : []
            let feedback = scope.allows(.feedback) ? try Self.feedbackRows(db, previous.start, period.end) : []
            var figures = ReportFigures(
                period: period, readAt: now,
                alarms: try Self.alarmReport(db, period, scope, asOf: now),
                previousAlarms: try Self.alarmReport(db, previous, scope, asOf: previousAsOf),
                dossiers: DossierReport.figures(dossiers, period: period, asOf: now, names: names),
                previousDossiers: DossierReport.figures(dossiers, period: previous, asOf: previousAsOf, names: names),
                hidden: Pillar.allCases.filter(scope.hidden.contains))
            progress(2)
            figures.feedback = FeedbackReport.figures(feedback, period: period, asOf: now, names: names)
            figures.previousFeedback = FeedbackReport.figures(feedback, period: previous, asOf: previousAsOf, names: names)
            let wards = try Self.wardNames(db)
            figures.feedbackByWard = FeedbackReport.byWard(feedback, period: period, asOf: now, wardNames: wards)
            for w in FeedbackReport.byWard(feedback, period: previous, asOf: previousAsOf, wardNames: wards) {
                figures.previousFeedbackByWard[w.wardCode] = w.received
            }
            figures.directives = DossierReport.figures(directives, period: period, asOf: now, names: names)
            figures.previousDirectives = DossierReport.figures(directives, period: previous, asOf: previousAsOf, names: names)
            progress(3)
            figures.sources = try Self.sourceReports(db, period, asOf: now)
            figures.shifts = try Self.shiftReport(db, period.start, min(period.end, now))
            figures.previousShifts = try Self.shiftReport(db, previous.start, previousAsOf)
            progress(4)
            if scope.allows(.socioEconomic) {
                figures.indicators = try Self.indicatorReports(db, period, asOf: now, previous: previous, previousAsOf: previousAsOf)
            }
            progress(5)
            if scope.allows(.publicOrder) {
                figures.incidents = IncidentReport.figures(try Self.incidentRows(db, period, previous), period: period, asOf: now,
                                                           previous: previous, previousAsOf: previousAsOf, wardNames: wards)
                // Whole days only: a day not over has not its 18 hours yet.
                let end = now < period.end ? max(period.start, VietnamTime.startOfDay(now)) : period.end
                progress(6)
                figures.airQuality = try Self.airQuality(db, period.start, end)
                progress(7)
                let previousEnd = now < period.end ? min(previous.end, previous.start.addingTimeInterval(end.timeIntervalSince(period.start))) : previous.end
                for station in try Self.airQuality(db, previous.start, previousEnd) {
                    figures.previousPoorAirDays[station.key] = station.poorOrWorseDays
                }
            }
            progress(Self.reportSteps)
            return figures
        }
    }

    /// The steps `reportFigures` reports its progress in.
    public static let reportSteps = 8

    /// Citizen feedback that may count in a period from `start` to `end`, as `dossierRows`.
    static func feedbackRows(_ db: SQLSession, _ start: Date, _ end: Date) throws -> [FeedbackReport.Row] {
        try db.fetchAll(sql: """
            SELECT COALESCE(agency_code, ''), status, opened_ms, due_ms,
                   CASE WHEN is_open = 1 THEN NULL ELSE COALESCE(closed_ms, updated_ms) END AS closed, COALESCE(ward_code, '')
            FROM event
            WHERE kind = ? AND opened_ms < ? AND (is_open = 1 OR COALESCE(closed_ms, updated_ms) >= ?)
            """, arguments: [EventKind.feedback.rawValue, end.unixMillis, start.unixMillis]).map { row in
                FeedbackReport.Row(agencyCode: row[0], status: EventStatus(rawValue: row[1]) ?? .new,
                                   openedAt: Date(unixMillis: row[2]), dueAt: (row[3] as Int64?).map { Date(unixMillis: $0) },
                                   closedAt: (row[4] as Int64?).map { Date(unixMillis: $0) }, wardCode: row[5])
            }
    }

    /// The period's annunciations and acknowledgements (each with the seconds since the annunciation it answered),
    /// of the alarms `scope` shows.
    static func alarmReport(_ db: SQLSession, _ period: ReportPeriod, _ scope: AccessScope, asOf: Date) throws -> AlarmReport {
        let range: SQLArguments = [period.start.unixMillis, max(period.start, min(period.end, asOf)).unixMillis]
        func shown(_ row: SQLRow) -> Bool {
            scope.allows(alarmOf: (row["domain"] as String?).flatMap(Pillar.init(rawValue:)),
                         kind: AlarmKind(rawValue: row["kind"] as String? ?? ""))
        }
        let annunciations = try db.fetchAll(sql: """
            SELECT a.priority, a.at_ms, al.domain, al.kind FROM alarm_action a LEFT JOIN alarm al ON al.id = a.alarm_id
            WHERE a.at_ms >= ? AND a.at_ms < ? AND \(Self.annunciationFilter)
            """, arguments: range).filter(shown).map { (priority: $0[0] as Int, at: Date(unixMillis: $0[1])) }
        let acknowledgements = try db.fetchAll(sql: """
            SELECT a.priority,
                   a.at_ms - (SELECT MAX(r.at_ms) FROM alarm_action r
                              WHERE r.alarm_id = a.alarm_id AND r.at_ms <= a.at_ms AND \(Self.annunciationFilter)),
                   al.domain, al.kind
            FROM alarm_action a LEFT JOIN alarm al ON al.id = a.alarm_id
            WHERE a.action = 'acknowledged' AND a.at_ms >= ? AND a.at_ms < ?
            """, arguments: range).filter(shown).map { row in
                (priority: row[0] as Int, seconds: (row[1] as Int64?).map { Double($0) / 1000 })
            }
        return AlarmReport.figures(annunciations: annunciations, acknowledgements: acknowledgements, period: period,
                                   asOf: asOf)
    }

    /// Dossiers that may count in a period from `start` to `end`: received before the end, not closed before the
    /// start. A closed dossier with no closing time is taken as closed when it was last updated.
    /// Directives (`kind: .directive`) by the same rule.
    static func dossierRows(_ db: SQLSession, _ start: Date, _ end: Date, kind: EventKind = .dossier) throws -> [DossierReport.Row] {
        try db.fetchAll(sql: """
            SELECT COALESCE(agency_code, ''), opened_ms, due_ms,
                   CASE WHEN is_open = 1 THEN NULL ELSE COALESCE(closed_ms, updated_ms) END AS closed
            FROM event
            WHERE kind = ? AND opened_ms < ? AND (is_open = 1 OR COALESCE(closed_ms, updated_ms) >= ?)
            """, arguments: [kind.rawValue, end.unixMillis, start.unixMillis]).map { row in
                DossierReport.Row(agencyCode: row[0], openedAt: Date(unixMillis: row[1]),
                                  dueAt: (row[2] as Int64?).map { Date(unixMillis: $0) },
                                  closedAt: (row[3] as Int64?).map { Date(unixMillis: $0) })
            }
    }
}
