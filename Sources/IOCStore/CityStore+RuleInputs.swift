import Foundation
import IOCDomain

/// The alarm rules' read: everything one evaluation needs, in one snapshot-consistent read transaction.
extension CityStore {
    /// What the rule evaluator needs at `now`:
    /// - every series (by id) with its raw values from `now − window` to `now` (oldest first), the time and source
    ///   of its newest value at or before `now` (even when older than the window), and its agency and ward names;
    /// - baselines: for each series and each hour of week that the window touches, the mean and (from two weeks on)
    ///   the standard deviation of that hour's average over the previous `baselineWeeks` weeks, read from the
    ///   hourly rollups, else from raw values where the hour is not rolled up yet;
    /// - open dossiers, feedback cases and directives due by `now + warningWindow` (overdue ones included), by kind
    ///   then due time;
    /// - every source's health.
    ///
    /// Cost: a few index seeks per series plus one range scan of the open items by due time; no table scans.
    public func ruleInputs(now: Date, window: TimeInterval, warningWindow: TimeInterval, baselineWeeks: Int = 4)
        throws -> RuleInputs
    {
        let from = now.addingTimeInterval(-max(0, window))
        return try ruleInputs(now: now, warningWindow: warningWindow, baselineWeeks: baselineWeeks) { _ in
            .everything(since: from)
        }
    }

    /// The same read, each series only as far as `plan` asks for its key: the observations from `plan.from` (none
    /// when nil) and the baselines only where `plan.baselines`. Every series is still
    /// listed with its newest time and source (stale rules need them). The alarm cycle passes the rule evaluator's
    /// plan (`RuleEvaluator.readPlan`): a rule that looks only at new values reads only those.
    public func ruleInputs(now: Date, warningWindow: TimeInterval, baselineWeeks: Int = 4,
                           plan: (String) -> SeriesReadPlan) throws -> RuleInputs
    {
        let nowMs = now.unixMillis
        let hour: Int64 = 3_600_000
        let week: Int64 = 7 * 24 * hour
        let lastHour = (nowMs / hour) * hour
        return try database.read { db in
            var inputs = RuleInputs(now: now)
            // The counters this read sees (the same snapshot as the rows): what the kept parts are checked against.
            let counters = try db.fetchOne(sql: "SELECT event_counter, reference_counter FROM meta WHERE id = 1")
            let events: Int64 = counters?[0] ?? 0, reference: Int64 = counters?[1] ?? 0
            let rows: [SQLRow]
            if let kept = keptReads.seriesRows(reference: reference) {
                rows = kept
            } else {
                rows = try db.fetchAll(sql: """
                    SELECT \(StoredRow.seriesColumns(prefix: "s.")), a.name AS agency_name, w.name AS ward_name
                    FROM series s
                    LEFT JOIN agency a ON a.code = s.agency_code LEFT JOIN ward w ON w.code = s.ward_code
                    ORDER BY s.id
                    """)
                keptReads.keepSeriesRows(rows, reference: reference)
            }
            let recentSQL = """
                SELECT ts, value, quality FROM observation WHERE series_id = ? AND ts >= ? AND ts <= ? ORDER BY ts
                """
            let firstGoodSQL = """
                SELECT ts, value, quality FROM observation WHERE series_id = ? AND ts > ? AND ts <= ? AND quality != \(Quality.bad.rawValue)
                ORDER BY ts LIMIT 1
                """
            let newestSQL = """
                SELECT ts, source_id FROM observation WHERE series_id = ? AND ts <= ? ORDER BY ts DESC LIMIT 1
                """
            let rollupsSQL = """
                SELECT hour_ms, sum_value / count FROM observation_hourly
                WHERE series_id = ? AND hour_ms >= ? AND hour_ms <= ?
                """
            let rawHoursSQL = """
                SELECT (ts / 3600000) * 3600000, AVG(value) FROM observation
                WHERE series_id = ? AND ts >= ? AND ts < ? GROUP BY ts / 3600000
                """
            inputs.series.reserveCapacity(rows.count)
            for row in rows {
                let seriesID: Int64 = row[0]
                let definition = StoredRow.seriesDefinition(row)
                let key = definition.key
                let wanted = plan(key)
                let fromMs = wanted.from?.unixMillis ?? nowMs
                var observations: [Observation] = []
                if wanted.from != nil {
                    let append: (SQLRowView) -> Void = { r in
                        observations.append(Observation(
                            seriesKey: key, time: Date(unixMillis: r.int64(0)),
                            value: r.double(1),
                            quality: Quality(rawValue: Int(r.int64(2))) ?? .bad))
                    }
                    if let thinned = wanted.thinned {
                        let low = thinned.lowerBound.unixMillis, high = thinned.upperBound.unixMillis
                        try db.step(sql: recentSQL, arguments: [seriesID, fromMs, low], append)
                        try db.step(sql: firstGoodSQL, arguments: [seriesID, low, high], append)
                        try db.step(sql: recentSQL, arguments: [seriesID, high + 1, nowMs], append)
                    } else {
                        try db.step(sql: recentSQL, arguments: [seriesID, fromMs, nowMs], append)
                    }
                }
                var latestAt: Date?
                var sourceID: String?
                try db.step(sql: newestSQL, arguments: [seriesID, nowMs]) { r in
                    latestAt = Date(unixMillis: r.int64(0))
                    sourceID = r.text(1)
                }
                inputs.series.append(SeriesWindow(definition: definition, observations: observations,
                                                  latestAt: latestAt, sourceID: sourceID,
                                                  agencyName: row["agency_name"], wardName: row["ward_name"]))

                guard wanted.baselines else { continue }
                // Hour start (this week) → the averages of the same hour in past weeks.
                let firstHour = max((fromMs / hour) * hour, lastHour - 167 * hour)
                var samples: [Int64: [Double]] = [:]
                for back in 1...max(1, baselineWeeks) {
                    let shift = Int64(back) * week
                    var found: [Int64: Double] = [:]
                    try db.step(sql: rollupsSQL, arguments: [seriesID, firstHour - shift, lastHour - shift]) { r in
                        found[r.int64(0) + shift] = r.double(1)
                    }
                    try db.step(sql: rawHoursSQL, arguments: [seriesID, firstHour - shift, lastHour + hour - shift]) { r in
                        let start = r.int64(0) + shift
                        if found[start] == nil { found[start] = r.double(1) }
                    }
                    for (start, average) in found { samples[start, default: []].append(average) }
                }
                guard !samples.isEmpty else { continue }
                var means: [Int: Double] = [:]
                var deviations: [Int: Double] = [:]
                for (start, values) in samples {
                    let hourOfWeek = RuleInputs.hourOfWeek(Date(unixMillis: start))
                    let mean = values.reduce(0, +) / Double(values.count)
                    means[hourOfWeek] = mean
                    if values.count >= 2 {
                        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
                        deviations[hourOfWeek] = variance.squareRoot()
                    }
                }
                inputs.baselines[key] = means
                if !deviations.isEmpty { inputs.baselineDeviations[key] = deviations }
            }
            let dueBy = now.addingTimeInterval(max(0, warningWindow)).unixMillis
            if let kept = keptReads.deadlines(events: events, reference: reference, dueBy: dueBy) {
                inputs.deadlines = kept
            } else {
                let reach = dueBy + KeptReads.horizon
                inputs.deadlines = try db.fetchAll(sql: """
                    SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                    WHERE e.kind IN (?, ?, ?) AND e.is_open = 1 AND e.due_ms IS NOT NULL AND e.due_ms <= ?
                    ORDER BY e.kind, e.due_ms, e.id
                    """, arguments: [EventKind.dossier.rawValue, EventKind.feedback.rawValue, EventKind.directive.rawValue,
                                      reach])
                    .map(StoredRow.eventSummary)
                keptReads.keepDeadlines(inputs.deadlines, events: events, reference: reference, dueBy: reach)
            }
            // Few at any time (a city has a handful of alerts in force): read every cycle, by the open-items index.
            inputs.alerts = try db.fetchAll(sql: """
                SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                WHERE e.kind = ? AND e.is_open = 1 ORDER BY e.opened_ms, e.id LIMIT 1000
                """, arguments: [EventKind.alert.rawValue]).map(StoredRow.eventSummary)
            inputs.sources = try Self.sourceHealth(db)
            return inputs
        }
    }
}
