import Foundation
import IOCDomain

/// The console's main read: one snapshot-consistent read transaction, every part sized to its panel.
extension CityStore {
    /// Number of newest incidents the snapshot carries.
    public static let recentIncidentLimit = 20
    /// Number of directives the snapshot carries.
    public static let directiveLimit = 50
    /// Alarms read for the console (an alarm flood beyond this is summarised, not listed).
    public static let alarmLimit = 2000

    /// Everything the operator layout shows, each part sized to the panel: socio-economic and public-order KPI
    /// readings with the last `historyPoints` values; open incidents by category and the 20 newest incidents;
    /// dossier performance per agency over the last `periodDays` (workload = received in the period + still open;
    /// early/on time/late/late-in-progress/due-within-24h per DeadlineStatus.classify at `now`); feedback per agency
    /// (received in the period, routed = status routed or later, in progress, resolved, overdue, due soon);
    /// directives (open first, by due date; at most 50); all sources' health, as shown at `now` (late when nothing
    /// polls them, `SourceHealth.status(at:)`); lastWriteAt.
    ///
    /// Feedback details: `received`, `routed` and `resolved` count cases received in the period; `inProgress`,
    /// `overdue` and `dueSoon` count every case open now. Agencies are listed by code; items without an agency
    /// are grouped under code "" and name "".
    public func dashboard(now: Date, historyPoints: Int = 13, historyStep: TimeInterval = 600, periodDays: Int = 30) throws -> DashboardSnapshot {
        var snapshot = DashboardSnapshot(readAt: now)
        try readDashboard(.all, into: &snapshot, now: now, historyPoints: historyPoints, historyStep: historyStep,
                          periodDays: periodDays)
        return snapshot
    }

    /// Re-reads the given parts of `snapshot` at `now` (and always its `readAt` and `lastWriteAt`), leaving the
    /// other parts as they are: what `DashboardReader` calls with the parts whose tables changed.
    public func readDashboard(_ parts: DashboardParts, into snapshot: inout DashboardSnapshot, now: Date,
                              historyPoints: Int = 13, historyStep: TimeInterval = 600, periodDays: Int = 30) throws {
        let nowMs = now.unixMillis
        let periodStart = nowMs - Int64(periodDays) * 86_400_000
        let window = Int64(DeadlineStatus.defaultWarningWindow * 1000)
        let points = max(0, historyPoints)
        snapshot.readAt = now
        snapshot = try database.read { db in
            var snapshot = snapshot
            let meta = try db.fetchOne(sql: "SELECT last_write_ms, reference_counter FROM meta WHERE id = 1")
            snapshot.lastWriteAt = (meta?[0] as Int64?).map { Date(unixMillis: $0) }
            let reference: Int64 = meta?[1] ?? 0
            if parts.contains(.indicators) {
                for pillar in [Pillar.socioEconomic, .publicOrder, .government, .feedback] {
                    let series: [(id: Int64, definition: SeriesDefinition)]
                    if let kept = keptReads.definitions(pillar, reference: reference) {
                        series = kept
                    } else {
                        series = try db.fetchAll(sql: "SELECT \(StoredRow.seriesColumns()) FROM series WHERE pillar = ? ORDER BY id",
                                                  arguments: [pillar.rawValue]).map { ($0[0], StoredRow.seriesDefinition($0)) }
                        keptReads.keepDefinitions(series, pillar: pillar, reference: reference)
                    }
                    switch pillar {
                    case .socioEconomic:
                        snapshot.socioEconomic = try Self.kpiReadings(db, series: series, points: points, step: historyStep,
                                                                      reusing: snapshot.socioEconomic)
                    case .publicOrder:
                        snapshot.publicOrder = try Self.kpiReadings(db, series: series, points: points, step: historyStep,
                                                                    reusing: snapshot.publicOrder)
                    default:
                        let kept = snapshot.intake.filter { $0.definition.pillar == pillar }
                        snapshot.intake = snapshot.intake.filter { $0.definition.pillar != pillar }
                            + (try Self.kpiReadings(db, series: series, points: points, step: historyStep, reusing: kept))
                    }
                }
                // Each series' projection beside its history (a reading kept from the last read keeps its own until
                // this sets it again).
                let projections = try self.projections(db)
                func attach(_ list: inout [KPIReading]) {
                    for i in list.indices {
                        list[i].projection = projections[list[i].definition.key].flatMap {
                            $0.isCurrent(latest: list[i].latestAt) ? $0 : nil
                        }
                    }
                }
                attach(&snapshot.socioEconomic)
                attach(&snapshot.publicOrder)
                attach(&snapshot.intake)
            }
            if parts.contains(.events) {
                snapshot.openIncidentsByCategory = try Self.openIncidentsByCategory(db)
                snapshot.eventSources = try Self.eventSources(db)
                snapshot.directiveCounts = try Self.counts(db, kind: .directive, now: now)
                snapshot.recentIncidents = try db.fetchAll(sql: """
                    SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                    WHERE e.kind = ? ORDER BY e.opened_ms DESC, e.id DESC LIMIT ?
                    """, arguments: [EventKind.incident.rawValue, Self.recentIncidentLimit]).map(StoredRow.eventSummary)
                snapshot.government = try Self.dossierPerformance(db, now: nowMs, periodStart: periodStart, window: window)
                // Dossiers at risk of lateness per agency: an agency with estimates counts them (zero included).
                var atRisk: [String: Int] = [:]
                for risk in try self.lateRisks(db, now: now) {
                    let code = risk.item.event.agencyCode ?? ""
                    atRisk[code, default: 0] += risk.estimate.probability >= LatenessModel.atRiskProbability ? 1 : 0
                }
                for i in snapshot.government.indices { snapshot.government[i].atRisk = atRisk[snapshot.government[i].agencyCode] }
                snapshot.feedback = try Self.feedbackSummaries(db, now: nowMs, periodStart: periodStart, window: window)
                snapshot.directives = try db.fetchAll(sql: """
                    SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                    WHERE e.kind = ?
                    ORDER BY e.is_open DESC, e.due_ms IS NULL, e.due_ms, e.opened_ms DESC, e.id LIMIT ?
                    """, arguments: [EventKind.directive.rawValue, Self.directiveLimit]).map(StoredRow.eventSummary)
            }
            if parts.contains(.sources) {
                snapshot.sources = try Self.sourceHealth(db)
                snapshot.pollers = try Self.pollerBacklogs(db)
            }
            return snapshot
        }
        // A source nothing polls any more is late: judged at every read, since time passing writes nothing.
        snapshot.sources = snapshot.sources.map { $0.shown(at: now) }
        if parts.contains(.alarms) {
            // Alarms: everything not in Normal, in list order, and the alarm-load health line.
            snapshot.alarms = try alarms(states: Set(AlarmState.allCases).subtracting([.normal]), limit: Self.alarmLimit)
            snapshot.alarmLoad = try alarmLoad(now: now)
            // Runs change with the alarms' counter (Decision 72).
            snapshot.runs = try runs(states: [.proposed, .active], limit: Self.alarmLimit)
        }
    }

    /// Indicators (one pillar's `series`, by id, with their definitions) with their latest value and a history of `points` values spaced at least `step`
    /// apart (the older ones from the start of the newest value's step back), newest last: one index seek per point
    /// on (series_id, ts), so a series polled every second still shows
    /// a two-hour trend (not the last few seconds), and a monthly series shows its last months. Raw values first,
    /// then hourly rollups once raw values have been pruned.
    ///
    /// A reading in `reusing` (the last read's) whose definition is unchanged and whose newest value falls in the same
    /// step keeps its older points, after one seek for the newest value: most series do not move between two reads
    /// (a monthly indicator for a month), and a series polled every 2 s gets a new older point every 10 minutes. A
    /// value written late, older than the newest, shows in the history when the series enters its next step.
    static func kpiReadings(_ db: SQLSession, series: [(id: Int64, definition: SeriesDefinition)], points: Int,
                            step: TimeInterval, reusing previous: [KPIReading] = []) throws -> [KPIReading] {
        let kept = Dictionary(previous.map { ($0.definition.key, $0) }, uniquingKeysWith: { first, _ in first })
        let latestSQL = """
            SELECT ts, value, source_id FROM observation WHERE series_id = ? ORDER BY ts DESC LIMIT 1
            """
        let beforeSQL = """
            SELECT ts, value FROM observation WHERE series_id = ? AND ts <= ? ORDER BY ts DESC LIMIT 1
            """
        let hourlySQL = """
            SELECT hour_ms, sum_value / count FROM observation_hourly WHERE series_id = ? AND hour_ms <= ?
            ORDER BY hour_ms DESC LIMIT 1
            """
        let stepMs = max(1, Int64(step * 1000))
        let limit = max(points, 1)
        return try series.map { seriesID, definition in
            var reading = KPIReading(definition: definition)
            reading.historyStep = step
            var values: [Double] = []   // newest first while collecting
            values.reserveCapacity(limit)
            var lastTs: Int64?
            try db.step(sql: latestSQL, arguments: [seriesID]) { r in
                lastTs = r.int64(0)
                reading.latest = r.double(1)
                reading.latestAt = Date(unixMillis: lastTs!)
                reading.sourceID = r.text(2)
                values.append(reading.latest!)
            }
            // The older points are walked back from the start of the newest value's step (not from the value itself),
            // so they stay the same while new values arrive within one step: the sparkline's past does not jitter at
            // each poll, and the last read's points are kept, after one seek for the newest.
            let anchor = lastTs.map { (($0 - 1) / stepMs) * stepMs }
            if let last = kept[reading.definition.key], let anchor, let lastAt = last.latestAt,
               last.definition == reading.definition, !last.history.isEmpty, last.history.count <= points,
               ((lastAt.unixMillis - 1) / stepMs) * stepMs == anchor {
                if last.latestAt == reading.latestAt, last.latest == reading.latest, last.sourceID == reading.sourceID {
                    return last
                }
                reading.history = Array((last.history.dropLast() + [reading.latest!]).suffix(points))
                return reading
            }
            var useHourly = lastTs == nil
            var bound = anchor ?? Int64.max
            while values.count < limit {
                var found: Int64?
                try db.step(sql: (useHourly ? hourlySQL : beforeSQL), arguments: [seriesID, bound]) { r in
                    found = r.int64(0)
                    values.append(r.double(1))
                }
                guard let ts = found else {
                    if useHourly { break }
                    useHourly = true
                    continue
                }
                if reading.latest == nil {
                    reading.latest = values.last
                    reading.latestAt = Date(unixMillis: ts)
                }
                bound = ts - stepMs
            }
            reading.history = Array(values.prefix(points).reversed())
            return reading
        }
    }

    static func openIncidentsByCategory(_ db: SQLSession) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try db.fetchAll(sql: """
            SELECT category, COUNT(*) FROM event WHERE kind = ? AND is_open = 1 GROUP BY category
            """, arguments: [EventKind.incident.rawValue]) {
            counts[row[0]] = row[1]
        }
        return counts
    }

    /// The rows of one kind (`?1`) in an agency table's period: closed ones opened since `?2`, and every open one.
    /// Two disjoint range scans of the covering index `event_aggregate`, never the whole kind.
    static let workloadRows = """
        SELECT agency_code, is_open, opened_ms, due_ms, closed_ms, status FROM event
        WHERE kind = ?1 AND is_open = 0 AND opened_ms >= ?2
        UNION ALL
        SELECT agency_code, is_open, opened_ms, due_ms, closed_ms, status FROM event
        WHERE kind = ?1 AND is_open = 1
        """

    /// Every agency's Vietnamese and English names (`name_en`, "" when NULL), by code.
    static func agencyNames(_ db: SQLSession) throws -> [String: (vi: String, en: String)] {
        var names: [String: (vi: String, en: String)] = [:]
        for row in try db.fetchAll(sql: "SELECT code, name, name_en FROM agency") {
            names[row[0]] = (row[1], row[2] ?? "")
        }
        return names
    }

    /// One group of a kind's workload rows: agency, status, whether received in the period, deadline class.
    typealias WorkloadGroup = (code: String, status: EventStatus, inPeriod: Bool, deadline: DeadlineStatus, count: Int)

    /// Counts a kind's workload rows by agency, status, period and `DeadlineStatus.classify` at `now` (times in ms).
    /// Steps the covering-index scan of `workloadRows` in place (`SQLRowView`) and classifies in Swift: a console reads
    /// this every second, and it is about twice as fast as grouping with a CASE in SQL.
    static func workloadGroups(_ db: SQLSession, kind: EventKind, now: Int64, periodStart: Int64, window: Int64) throws
        -> [WorkloadGroup]
    {
        let classes: [DeadlineStatus] = [.noDeadline, .inTime, .dueSoon, .overdue, .doneEarly, .doneOnTime, .doneLate]
        // Key: agency number, status number, received in the period, deadline class (0…6), packed in one Int.
        var counts: [Int: Int] = [:]
        var agencies = TextInterner()
        var statuses = TextInterner()
        try db.step(sql: workloadRows, arguments: [kind.rawValue, periodStart]) { r in
            // A NULL agency groups with "" (COALESCE(agency_code, '')).
            let agency = r.withText(0) { agencies.index(of: $0, length: $1) }
            let isOpen = r.int64(1) != 0
            let opened = r.int64(2)
            let status = r.withText(5) { statuses.index(of: $0, length: $1) }
            // The same classes as DeadlineStatus.classify, in ms.
            let deadline: Int
            if r.isNull(3) {
                deadline = 0
            } else {
                let due = r.int64(3)
                if isOpen {
                    deadline = now > due ? 3 : (due - now <= window ? 2 : 1)
                } else {
                    let closed = r.isNull(4) ? now : r.int64(4)
                    deadline = closed > due ? 6 : (due - closed >= 86_400_000 ? 4 : 5)
                }
            }
            let key = (((agency << 16) | status) << 4) | ((opened >= periodStart ? 1 : 0) << 3) | deadline
            counts[key, default: 0] += 1
        }
        return counts.map { key, count in
            (code: agencies.texts[key >> 20], status: EventStatus(rawValue: statuses.texts[(key >> 4) & 0xFFFF]) ?? .open,
             inPeriod: (key >> 3) & 1 == 1, deadline: classes[key & 7], count: count)
        }
    }

    /// Dossier figures per agency, by agency code: workload = received in the period + still open.
    static func dossierPerformance(_ db: SQLSession, now: Int64, periodStart: Int64, window: Int64) throws
        -> [AgencyPerformance]
    {
        let names = try agencyNames(db)
        var byAgency: [String: AgencyPerformance] = [:]
        for g in try workloadGroups(db, kind: .dossier, now: now, periodStart: periodStart, window: window) {
            var p = byAgency[g.code] ?? AgencyPerformance(agencyCode: g.code, agencyName: names[g.code]?.vi ?? g.code,
                                                                 agencyNameEN: names[g.code]?.en ?? "")
            p.workload += g.count
            if g.status.isOpen { p.inProgress += g.count }
            switch g.deadline {
            case .doneEarly: p.doneEarly += g.count
            case .doneOnTime: p.doneOnTime += g.count
            case .doneLate: p.doneLate += g.count
            case .overdue: p.lateInProgress += g.count
            case .dueSoon: p.dueSoon += g.count
            case .inTime, .noDeadline: break
            }
            byAgency[g.code] = p
        }
        return byAgency.values.sorted { $0.agencyCode < $1.agencyCode }
    }

    /// Feedback figures per agency, by agency code: received/routed/resolved over cases received in the period;
    /// in progress, overdue and due soon over every case open now.
    static func feedbackSummaries(_ db: SQLSession, now: Int64, periodStart: Int64, window: Int64) throws
        -> [FeedbackSummary]
    {
        let names = try agencyNames(db)
        var byAgency: [String: FeedbackSummary] = [:]
        for g in try workloadGroups(db, kind: .feedback, now: now, periodStart: periodStart, window: window) {
            var f = byAgency[g.code] ?? FeedbackSummary(agencyCode: g.code, agencyName: names[g.code]?.vi ?? g.code,
                                                             agencyNameEN: names[g.code]?.en ?? "")
            if g.inPeriod {
                f.received += g.count
                if EventStatus.routedOrLater.contains(g.status) { f.routed += g.count }
                if g.status.isResolved { f.resolved += g.count }
            }
            if g.status == .inProgress { f.inProgress += g.count }
            if g.deadline == .overdue { f.overdue += g.count }
            if g.deadline == .dueSoon { f.dueSoon += g.count }
            byAgency[g.code] = f
        }
        return byAgency.values.sorted { $0.agencyCode < $1.agencyCode }
    }

    /// Which sources supplied events of each kind: one index probe per (source, kind) on the unique
    /// (source_id, kind, external_id) key, so it stays cheap however many events there are.
    static func eventSources(_ db: SQLSession) throws -> [EventKind: [String]] {
        let sourceIDs = try db.fetchAll(String.self, sql: "SELECT id FROM source ORDER BY id")
        var result: [EventKind: [String]] = [:]
        for kind in EventKind.allCases {
            for id in sourceIDs where try db.fetchOne(Bool.self, sql: "SELECT EXISTS(SELECT 1 FROM event WHERE source_id = ? AND kind = ?)", arguments: [id, kind.rawValue]) == true {
                result[kind, default: []].append(id)
            }
        }
        return result
    }

    /// All, open, overdue and due-soon counts of one kind (optionally one agency's; "" = items with no agency).
    static func counts(_ db: SQLSession, kind: EventKind, agencyCode: String? = nil, now: Date,
                       warningWindow: TimeInterval = DeadlineStatus.defaultWarningWindow) throws -> EventCounts {
        let nowMs = now.unixMillis, soonMs = now.addingTimeInterval(warningWindow).unixMillis
        var conditions = ["kind = ?"]
        var arguments: SQLArguments = [nowMs, nowMs, soonMs, kind.rawValue]
        if let agencyCode {
            if agencyCode.isEmpty { conditions.append("(agency_code IS NULL OR agency_code = '')") }
            else { conditions.append("agency_code = ?"); arguments += [agencyCode] }
        }
        let row = try db.fetchOne(sql: """
            SELECT count(*), coalesce(sum(is_open), 0),
                   COUNT(CASE WHEN is_open = 1 AND due_ms IS NOT NULL AND due_ms < ? THEN 1 END),
                   COUNT(CASE WHEN is_open = 1 AND due_ms IS NOT NULL AND due_ms >= ? AND due_ms <= ? THEN 1 END)
            FROM event WHERE \(conditions.joined(separator: " AND "))
            """, arguments: arguments)
        return EventCounts(total: row?[0] ?? 0, open: row?[1] ?? 0, overdue: row?[2] ?? 0, dueSoon: row?[3] ?? 0)
    }
}
