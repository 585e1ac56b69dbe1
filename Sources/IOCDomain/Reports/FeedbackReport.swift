import Foundation

/// A report's figures of citizen feedback (PAKN) per agency over its period: received in the period, of those the
/// share routed to an agency (target 100 %, `EventStatus.routedOrLater`, by the status now); resolved in the period
/// with the median time from receipt to resolution; still open at the period's end, and overdue then (past due).
public enum FeedbackReport {
    /// One case as stored.
    public struct Row: Sendable, Hashable {
        public var agencyCode: String
        public var status: EventStatus
        public var openedAt: Date
        public var dueAt: Date?
        public var closedAt: Date?

        public init(agencyCode: String, status: EventStatus, openedAt: Date, dueAt: Date?, closedAt: Date?) {
            self.agencyCode = agencyCode; self.status = status; self.openedAt = openedAt; self.dueAt = dueAt
            self.closedAt = closedAt
        }
    }

    /// One agency's figures: `FeedbackSummary` (in progress = open at the end, overdue = open and past due then) and
    /// the median hours from receipt to resolution of the cases resolved in the period.
    public struct Agency: Sendable, Hashable {
        public var summary: FeedbackSummary
        public var medianHoursToResolve: Double?

        public init(summary: FeedbackSummary, medianHoursToResolve: Double? = nil) {
            self.summary = summary; self.medianHoursToResolve = medianHoursToResolve
        }
    }

    /// The agencies' figures, most overdue first, then by code; `asOf` as in `DossierReport` (a period not begun: none).
    public static func figures(_ rows: [Row], period: ReportPeriod, asOf: Date? = nil,
                               names: [String: (vi: String, en: String)]) -> [Agency] {
        let end = min(period.end, asOf ?? period.end)
        guard end > period.start else { return [] }
        var byAgency: [String: FeedbackSummary] = [:]
        var hours: [String: [Double]] = [:]
        for row in rows where row.openedAt < end {
            let closedBefore = row.closedAt.map { $0 < period.start } ?? false
            if closedBefore { continue }
            var f = byAgency[row.agencyCode] ?? FeedbackSummary(
                agencyCode: row.agencyCode, agencyName: names[row.agencyCode]?.vi ?? row.agencyCode,
                agencyNameEN: names[row.agencyCode]?.en ?? "")
            if row.openedAt >= period.start {
                f.received += 1
                if EventStatus.routedOrLater.contains(row.status) { f.routed += 1 }
            }
            if let closed = row.closedAt, closed < end {
                if row.status.isResolved {
                    f.resolved += 1
                    hours[row.agencyCode, default: []].append(closed.timeIntervalSince(row.openedAt) / 3600)
                }
            } else {
                f.inProgress += 1
                if let due = row.dueAt, due < end { f.overdue += 1 }
            }
            byAgency[row.agencyCode] = f
        }
        return byAgency.values.map { Agency(summary: $0, medianHoursToResolve: AlarmReport.quantile(hours[$0.agencyCode] ?? [], 0.5)) }
            .sorted { a, b in
                a.summary.overdue != b.summary.overdue ? a.summary.overdue > b.summary.overdue
                    : a.summary.agencyCode < b.summary.agencyCode
            }
    }
}
