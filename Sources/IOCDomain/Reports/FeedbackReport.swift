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
        public var wardCode: String

        public init(agencyCode: String, status: EventStatus, openedAt: Date, dueAt: Date?, closedAt: Date?, wardCode: String = "") {
            self.agencyCode = agencyCode; self.status = status; self.openedAt = openedAt; self.dueAt = dueAt
            self.closedAt = closedAt; self.wardCode = wardCode
        }
    }

    /// One ward's figures (where the case was reported), by the same rules as an agency's.
    public struct Ward: Sendable, Hashable {
        public var wardCode: String
        public var wardName: String
        public var received = 0
        public var resolved = 0
        public var inProgress = 0
        public var overdue = 0
        public var medianHoursToResolve: Double?

        public init(wardCode: String, wardName: String) { self.wardCode = wardCode; self.wardName = wardName }
    }

    /// A group's counts, one rule for agencies and wards.
    struct Tally {
        var received = 0, routed = 0, resolved = 0, inProgress = 0, overdue = 0
        var hours: [Double] = []
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
        tally(rows, period: period, asOf: asOf, by: \.agencyCode).map { code, t in
            var f = FeedbackSummary(agencyCode: code, agencyName: names[code]?.vi ?? code, agencyNameEN: names[code]?.en ?? "")
            f.received = t.received; f.routed = t.routed; f.resolved = t.resolved; f.inProgress = t.inProgress
            f.overdue = t.overdue
            return Agency(summary: f, medianHoursToResolve: AlarmReport.quantile(t.hours, 0.5))
        }
        .sorted { a, b in
            a.summary.overdue != b.summary.overdue ? a.summary.overdue > b.summary.overdue
                : a.summary.agencyCode < b.summary.agencyCode
        }
    }

    /// The wards' figures, most received first, then by code; cases with no ward under the code "".
    public static func byWard(_ rows: [Row], period: ReportPeriod, asOf: Date? = nil, wardNames: [String: String]) -> [Ward] {
        tally(rows, period: period, asOf: asOf, by: \.wardCode).map { code, t in
            var w = Ward(wardCode: code, wardName: wardNames[code] ?? code)
            w.received = t.received; w.resolved = t.resolved; w.inProgress = t.inProgress; w.overdue = t.overdue
            w.medianHoursToResolve = AlarmReport.quantile(t.hours, 0.5)
            return w
        }
        .sorted { ($0.received, $1.wardCode) > ($1.received, $0.wardCode) }
    }

    /// Received in the period (and of those, routed by the status now); resolved in the period with the hours from
    /// receipt; open at the period's end, and overdue then.
    static func tally(_ rows: [Row], period: ReportPeriod, asOf: Date?, by key: KeyPath<Row, String>) -> [String: Tally] {
        let end = min(period.end, asOf ?? period.end)
        guard end > period.start else { return [:] }
        var out: [String: Tally] = [:]
        for row in rows where row.openedAt < end {
            if let closed = row.closedAt, closed < period.start { continue }
            var t = out[row[keyPath: key]] ?? Tally()
            if row.openedAt >= period.start {
                t.received += 1
                if EventStatus.routedOrLater.contains(row.status) { t.routed += 1 }
            }
            if let closed = row.closedAt, closed < end {
                if row.status.isResolved {
                    t.resolved += 1
                    t.hours.append(closed.timeIntervalSince(row.openedAt) / 3600)
                }
            } else {
                t.inProgress += 1
                if let due = row.dueAt, due < end { t.overdue += 1 }
            }
            out[row[keyPath: key]] = t
        }
        return out
    }
}
