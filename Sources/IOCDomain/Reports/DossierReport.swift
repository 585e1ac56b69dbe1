import Foundation

/// A report's figures of administrative dossiers per agency over its period, by the official one-stop statistics
/// (`AgencyPerformance`): the workload is every dossier received in the period or carried over into it (received
/// before, still open at its start); those closed in the period are done early, on time or late against their
/// deadline (one without a deadline is done on time), and those still open at its end are in progress, late when
/// past their deadline then (due within 24 h: "sắp trễ hạn"). Late rate = (late in progress + done late) / workload; on-time rate = 100 − late rate.
public enum DossierReport {
    /// One dossier as stored: its agency ("" when none), when it was received, its deadline, when it was closed.
    public struct Row: Sendable, Hashable {
        public var agencyCode: String
        public var openedAt: Date
        public var dueAt: Date?
        public var closedAt: Date?

        public init(agencyCode: String, openedAt: Date, dueAt: Date?, closedAt: Date?) {
            self.agencyCode = agencyCode; self.openedAt = openedAt; self.dueAt = dueAt; self.closedAt = closedAt
        }
    }

    /// Whether a dossier counts in the period's workload: received before its end and not closed before its start.
    public static func inWorkload(_ row: Row, _ period: ReportPeriod) -> Bool {
        row.openedAt < period.end && (row.closedAt.map { $0 >= period.start } ?? true)
    }

    /// The agencies' figures, ranked by on-time rate (lowest first: the ones to chase), then by code. `names` gives
    /// each code's Vietnamese and English names. `asOf` (default: the period's end) is when the figures are taken:
    /// for a period not yet over, now — a dossier due next week is not late today.
    public static func figures(_ rows: [Row], period: ReportPeriod, asOf: Date? = nil,
                               names: [String: (vi: String, en: String)]) -> [AgencyPerformance] {
        // A period that has not begun has no workload yet (what will be carried over is not known).
        let end = min(period.end, asOf ?? period.end)
        guard end > period.start else { return [] }
        var byAgency: [String: AgencyPerformance] = [:]
        for row in rows where inWorkload(row, period) && row.openedAt < end {
            var p = byAgency[row.agencyCode] ?? AgencyPerformance(
                agencyCode: row.agencyCode, agencyName: names[row.agencyCode]?.vi ?? row.agencyCode,
                agencyNameEN: names[row.agencyCode]?.en ?? "")
            p.workload += 1
            let openAtEnd = row.closedAt.map { $0 >= end } ?? true
            if openAtEnd { p.inProgress += 1 }
            switch DeadlineStatus.classify(isOpen: openAtEnd, dueAt: row.dueAt, closedAt: row.closedAt, now: end) {
            case .doneEarly: p.doneEarly += 1
            case .doneOnTime: p.doneOnTime += 1
            case .doneLate: p.doneLate += 1
            case .overdue: p.lateInProgress += 1
            case .dueSoon: p.dueSoon += 1
            case .noDeadline where !openAtEnd: p.doneOnTime += 1   // done, and never late without a deadline
            case .inTime, .noDeadline: break
            }
            byAgency[row.agencyCode] = p
        }
        return ranked(Array(byAgency.values))
    }

    /// Lowest on-time rate first (no workload last), then by code.
    public static func ranked(_ agencies: [AgencyPerformance]) -> [AgencyPerformance] {
        agencies.sorted { a, b in
            let ra = a.onTimeRate ?? 101, rb = b.onTimeRate ?? 101
            return ra != rb ? ra < rb : a.agencyCode < b.agencyCode
        }
    }

    /// The city's total over `agencies` (code "", named "Toàn thành phố" / "Whole city").
    public static func total(_ agencies: [AgencyPerformance]) -> AgencyPerformance {
        agencies.reduce(into: AgencyPerformance(agencyCode: "", agencyName: "Toàn thành phố", agencyNameEN: "Whole city")) { t, a in
            t.workload += a.workload; t.inProgress += a.inProgress; t.doneEarly += a.doneEarly
            t.doneOnTime += a.doneOnTime; t.doneLate += a.doneLate; t.lateInProgress += a.lateInProgress
            t.dueSoon += a.dueSoon
        }
    }
}
