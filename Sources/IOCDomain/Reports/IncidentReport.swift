import Foundation

/// A report's figures of incidents: by type (reported in the period, the period before, closed in the period with
/// the median time to close, open at the period's end) and by ward (reported in the period and the one before).
public struct IncidentReport: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var category: String
        public var wardCode: String
        public var openedAt: Date
        public var closedAt: Date?

        public init(category: String, wardCode: String, openedAt: Date, closedAt: Date?) {
            self.category = category; self.wardCode = wardCode; self.openedAt = openedAt; self.closedAt = closedAt
        }
    }

    public struct ByType: Sendable, Hashable {
        public var category: String
        public var reported = 0
        public var previous = 0
        public var closed = 0
        public var medianHoursToClose: Double?
        public var openAtEnd = 0

        public init(category: String) { self.category = category }
    }

    public struct ByWard: Sendable, Hashable {
        public var wardCode: String
        public var wardName: String
        public var reported = 0
        public var previous = 0
        /// Reported in the period, by type.
        public var byCategory: [String: Int] = [:]

        public init(wardCode: String, wardName: String) { self.wardCode = wardCode; self.wardName = wardName }
    }

    public var byType: [ByType]
    public var byWard: [ByWard]

    /// The figures of `period` (to `asOf`) against `previous` (to `previousAsOf`): types most reported first, wards
    /// most reported first (then by code).
    public static func figures(_ rows: [Row], period: ReportPeriod, asOf: Date, previous: ReportPeriod, previousAsOf: Date,
                               wardNames: [String: String]) -> IncidentReport {
        let end = min(period.end, asOf), previousEnd = min(previous.end, previousAsOf)
        var types: [String: ByType] = [:]
        var wards: [String: ByWard] = [:]
        var hours: [String: [Double]] = [:]
        for r in rows {
            let now = r.openedAt >= period.start && r.openedAt < end
            let before = r.openedAt >= previous.start && r.openedAt < previousEnd
            if now || before {
                var t = types[r.category] ?? ByType(category: r.category)
                var w = wards[r.wardCode] ?? ByWard(wardCode: r.wardCode, wardName: wardNames[r.wardCode] ?? r.wardCode)
                if now {
                    t.reported += 1; w.reported += 1; w.byCategory[r.category, default: 0] += 1
                } else {
                    t.previous += 1; w.previous += 1
                }
                types[r.category] = t
                wards[r.wardCode] = w
            }
            guard r.openedAt < end else { continue }
            if let closed = r.closedAt, closed < end {
                if closed >= period.start {
                    types[r.category, default: ByType(category: r.category)].closed += 1
                    hours[r.category, default: []].append(closed.timeIntervalSince(r.openedAt) / 3600)
                }
            } else {
                types[r.category, default: ByType(category: r.category)].openAtEnd += 1
            }
        }
        for (c, h) in hours { types[c]?.medianHoursToClose = AlarmReport.quantile(h, 0.5) }
        return IncidentReport(
            byType: types.values.sorted { ($0.reported, $1.category) > ($1.reported, $0.category) },
            byWard: wards.values.filter { $0.reported + $0.previous > 0 }
                .sorted { ($0.reported, $1.wardCode) > ($1.reported, $0.wardCode) })
    }
}
