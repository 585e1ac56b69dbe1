import Foundation
import TextFold
import IOCDomain

/// The engine's write side: source registration, successful and failed polls, and the bulk observation path.
extension CityStore {
    /// Registers a source, or updates its name, kind, interval, endpoint and transport security; keeps its recorded
    /// health and cursor.
    public func registerSource(_ health: SourceHealth) throws {
        try database.write { db in try registerSource(db, health) }
    }

    func registerSource(_ db: SQLSession, _ health: SourceHealth) throws {
        try db.execute(sql: """
            INSERT INTO source (id, name, kind, interval_s, status, last_attempt_ms, last_success_ms, last_error,
                                consecutive_failures, last_duration_ms, next_poll_ms, name_en, endpoint,
                                transport_security)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en, kind = excluded.kind,
                interval_s = excluded.interval_s, next_poll_ms = COALESCE(excluded.next_poll_ms, source.next_poll_ms),
                endpoint = excluded.endpoint, transport_security = excluded.transport_security
            """, arguments: [health.sourceID, health.name, health.kind, health.intervalSeconds,
                             health.status.rawValue, health.lastAttemptAt?.unixMillis,
                             health.lastSuccessAt?.unixMillis, health.lastError, health.consecutiveFailures,
                             health.lastDurationMs, health.nextPollAt?.unixMillis, health.nameEN, health.endpoint,
                             health.transportSecurity?.rawValue])
        try noteWrite(db, at: nil, scopes: [.sources, .reference])
    }

    /// The cursor the source's last successful poll returned, or nil (unknown source or no cursor yet).
    public func cursor(for sourceID: String) throws -> String? {
        try database.read { db in
            try db.fetchOne(String.self, sql: "SELECT cursor FROM source WHERE id = ?", arguments: [sourceID])
        }
    }

    /// Writes a successful poll in one transaction: upserts series definitions, agencies and wards; inserts
    /// observations (replacing one at the same series and time); upserts events by (source, kind, external id),
    /// ignoring a version older than the stored one; sets the cursor (when the batch has one); and sets the
    /// source's health to ok with no failures, last success = last attempt = `at`, and the duration; records the
    /// batch left out (`Batch.rejected`) become the source's last error, naming the record and field, and the source
    /// degraded: its data flows, but something it sent was refused and someone should look.
    public func recordSuccess(sourceID: String, batch: Batch, at: Date, durationMs: Double) throws {
        try database.write { db in try recordSuccess(db, sourceID: sourceID, batch: batch, at: at, durationMs: durationMs) }
    }

    func recordSuccess(_ db: SQLSession, sourceID: String, batch: Batch, at: Date, durationMs: Double) throws {
        try writeBatch(db, batch, sourceID: sourceID)
        // The poll's times and the day's counts in one statement (`countToday`'s rule, inline), prepared once.
        try db.execute(sql: """
            UPDATE source SET status = ?5, consecutive_failures = 0, last_success_ms = ?6, last_attempt_ms = ?6,
                last_duration_ms = ?7, cursor = COALESCE(?8, cursor), last_error = COALESCE(?9, last_error),
            """ + Self.countTodaySets + " WHERE id = ?4", arguments: [
                VietnamTime.startOfDay(at).unixMillis, 0, batch.observations.count + batch.events.count, sourceID,
                SourceStatus.afterSuccess(leftOut: batch.rejected != nil).rawValue, at.unixMillis, durationMs,
                batch.cursor, batch.rejected])
        // A poll whose records were not all taken: counted for the day's clean-data figure (rare: its own statement).
        if batch.rejected != nil {
            try db.execute(sql: "UPDATE source SET left_out_today = left_out_today + 1 WHERE id = ?", arguments: [sourceID])
        }
        var scopes: ChangeScope = .sources
        if !batch.observations.isEmpty { scopes.insert(.observations) }
        if !batch.events.isEmpty { scopes.insert(.events) }
        if !(batch.agencies.isEmpty && batch.wards.isEmpty && batch.seriesDefinitions.isEmpty) {
            scopes.insert(.reference)
        }
        try noteWrite(db, at: at, scopes: scopes)
    }

    /// Records a failed poll: one more consecutive failure, the status that follows from it, the error, the attempt
    /// time and duration. Touches only the source's row (and the change counter): all cached data stays.
    public func recordFailure(sourceID: String, error: String, at: Date, durationMs: Double) throws {
        try database.write { db in try recordFailure(db, sourceID: sourceID, error: error, at: at, durationMs: durationMs) }
    }

    func recordFailure(_ db: SQLSession, sourceID: String, error: String, at: Date, durationMs: Double) throws {
        try ensureSource(db, sourceID)
        let failures = (try db.fetchOne(Int.self, sql: "SELECT consecutive_failures FROM source WHERE id = ?",
                                         arguments: [sourceID]) ?? 0) + 1
        try db.execute(sql: """
            UPDATE source SET status = ?, consecutive_failures = ?, last_error = ?, last_attempt_ms = ?,
                last_duration_ms = ?
            WHERE id = ?
            """, arguments: [SourceStatus.after(consecutiveFailures: failures).rawValue, failures, error,
                             at.unixMillis, durationMs, sourceID])
        try countToday(db, sourceID: sourceID, at: at, failed: true, records: 0)
        try noteWrite(db, at: at, scopes: .sources)
    }

    /// One more poll (failed or not) and `records` more records in the source's counts of the day of `at`; the
    /// counts of an earlier day start again from zero.
    private func countToday(_ db: SQLSession, sourceID: String, at: Date, failed: Bool, records: Int) throws {
        let day = VietnamTime.startOfDay(at).unixMillis
        try db.execute(sql: "UPDATE source SET " + Self.countTodaySets + " WHERE id = ?4", arguments: [day, failed ? 1 : 0, records, sourceID])
    }

    /// The SET clauses of one more poll in the day's counts: ?1 the day's start, ?2 failed (0 or 1), ?3 records;
    /// the counts of an earlier day start again from zero. The day never goes back: a poll that started before
    /// midnight and is recorded after a poll of the new day counts in the new day (else its counts would be reset
    /// to one, and `source_day`'s row of each day with them).
    static let countTodaySets = """
        polls_today = CASE WHEN day_start_ms >= ?1 THEN polls_today ELSE 0 END + 1,
        failures_today = CASE WHEN day_start_ms >= ?1 THEN failures_today ELSE 0 END + ?2,
        records_today = CASE WHEN day_start_ms >= ?1 THEN records_today ELSE 0 END + ?3,
        left_out_today = CASE WHEN day_start_ms >= ?1 THEN left_out_today ELSE 0 END,
        day_start_ms = GREATEST(COALESCE(day_start_ms, ?1), ?1)
        """

    /// Inserts observations in one transaction on the fast path (reused statement, raw binding). Series unknown to
    /// the store are created with their key as name, so a benchmark or a bare feed can call this alone; non-finite
    /// values are skipped.
    public func ingestObservations(_ obs: [Observation], sourceID: String) throws {
        try database.write { db in
            try insertObservations(db, obs, sourceID: sourceID)
            // Unknown series are created on this path: reference data may change too.
            try noteWrite(db, at: nil, scopes: [.observations, .reference])
        }
    }

    // MARK: - Inside a write transaction

    /// A batch's contents, in the order they depend on each other: the source, reference data and series
    /// definitions, then readings (`observations`, the batch's own by default) and events.
    func writeBatch(_ db: SQLSession, _ batch: Batch, sourceID: String, observations: [Observation]? = nil) throws {
        try ensureSource(db, sourceID)
        try upsertAgencies(db, batch.agencies)
        try upsertWards(db, batch.wards)
        try upsertSeries(db, batch.seriesDefinitions)
        try insertObservations(db, observations ?? batch.observations, sourceID: sourceID)
        try upsertEvents(db, batch.events, sourceID: sourceID)
    }

    /// Creates a bare source row (id as name) if the source was never registered.
    func ensureSource(_ db: SQLSession, _ sourceID: String) throws {
        try db.execute(sql: """
            INSERT INTO source (id, name, kind, interval_s) VALUES (?, ?, '', 0) ON CONFLICT (id) DO NOTHING
            """, arguments: [sourceID, sourceID])
    }

    func upsertAgencies(_ db: SQLSession, _ agencies: [Agency]) throws {
        guard !agencies.isEmpty else { return }
        let statementSQL = """
            INSERT INTO agency (code, name, name_en) VALUES (?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en
            """
        for agency in agencies {
            try db.execute(sql: statementSQL, arguments: [agency.code, agency.name, agency.nameEN])
        }
    }

    func upsertWards(_ db: SQLSession, _ wards: [Ward]) throws {
        guard !wards.isEmpty else { return }
        let statementSQL = """
            INSERT INTO ward (code, name, type, province_code) VALUES (?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type,
                province_code = excluded.province_code
            """
        for ward in wards {
            try db.execute(sql: statementSQL, arguments: [ward.code, ward.name, ward.type, ward.provinceCode])
        }
    }

    func upsertSeries(_ db: SQLSession, _ definitions: [SeriesDefinition]) throws {
        guard !definitions.isEmpty else { return }
        let statementSQL = """
            INSERT INTO series (key, pillar, name, name_en, unit, agency_code, ward_code, target, direction,
                                warn_above, warn_below)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET pillar = excluded.pillar, name = excluded.name,
                name_en = excluded.name_en, unit = excluded.unit, agency_code = excluded.agency_code,
                ward_code = excluded.ward_code, target = excluded.target, direction = excluded.direction,
                warn_above = excluded.warn_above, warn_below = excluded.warn_below
            """
        for d in definitions {
            try db.execute(sql: statementSQL, arguments: [d.key, d.pillar.rawValue, d.name, d.nameEN, d.unit, d.agencyCode,
                                              d.wardCode, d.target, d.direction.rawValue, d.warnAbove, d.warnBelow])
        }
    }

    /// Resolves series keys to ids, creating bare series for unknown keys.
    func seriesIDs(_ db: SQLSession, keys: Set<String>) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        ids.reserveCapacity(keys.count)
        // The known ones in one round trip (PostgreSQL) or read in place (SQLite): a poll of 1,000 series was 1,000
        // lookups through full rows, half of SQLite's ingest time.
        ids = try seriesIDs(db, existing: keys)
        for key in keys where ids[key] == nil {
            ids[key] = try db.fetchOne(Int64.self, sql: """
                INSERT INTO series (key, pillar, name, name_en, unit, direction) VALUES (?, ?, ?, ?, '', ?) RETURNING id
                """, arguments: [key, Pillar.sectors.rawValue, key, key, Direction.neutral.rawValue])
        }
        return ids
    }

    /// The ids of the series among `keys` that exist (none is created: a read).
    func seriesIDs(_ db: SQLSession, existing keys: Set<String>) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        if db.engine == .postgres {
            for row in try db.fetchAll(sql: "SELECT key, id FROM series WHERE key = ANY(CAST(? AS TEXT[]))",
                                       arguments: [Self.postgresTextArray(keys)]) {
                ids[row[0]] = row[1]
            }
            return ids
        }
        for key in keys {
            try db.step(sql: "SELECT id FROM series WHERE key = ?", arguments: [key]) { r in ids[key] = r.int64(0) }
        }
        return ids
    }

    /// The ids of the series among `keys` that exist, for a read-only transaction: those kept from earlier reads,
    /// the rest read (and kept). Key lookups cost more than the reads they serve on PostgreSQL (text compared
    /// by collation: 9 ms for 1,000 keys against 7 ms for their newest points), and a series' id never changes.
    func readSeriesIDs(_ db: SQLSession, existing keys: Set<String>) throws -> [String: Int64] {
        var (ids, unknown) = keptReads.seriesIDs(keys)
        guard !unknown.isEmpty else { return ids }
        let found = try seriesIDs(db, existing: unknown)
        keptReads.keepSeriesIDs(found)
        ids.merge(found) { _, new in new }
        return ids
    }

    /// A PostgreSQL array literal of texts, each quoted (a key may hold a comma, a brace or a quote).
    static func postgresTextArray<S: Sequence>(_ texts: S) -> String where S.Element == String {
        "{" + texts.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }

    /// Inserts (or replaces) observations: on SQLite one prepared statement bound through the C API (a poll's batch
    /// is the store's hottest write), elsewhere the same statement row by row. Values that are not finite (NaN,
    /// ±infinity: SQLite would store NULL) are skipped rather than failing the whole poll.
    func insertObservations(_ db: SQLSession, _ observations: [Observation], sourceID: String) throws {
        guard !observations.isEmpty else { return }
        var keys = Set<String>()
        for o in observations { keys.insert(o.seriesKey) }
        let ids = try seriesIDs(db, keys: keys)
        let sql = """
            INSERT INTO observation (series_id, ts, value, quality, source_id) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (series_id, ts) DO UPDATE SET value = excluded.value, quality = excluded.quality,
                source_id = excluded.source_id
            """
        if let sqlite = db as? GRDBSession {
            try sqlite.insertObservations(sql: sql, observations, seriesIDs: ids, sourceID: sourceID)
            return
        }
        if db.engine == .postgres {
            try insertObservationArrays(db, observations, seriesIDs: ids, sourceID: sourceID)
            return
        }
        for o in observations where o.value.isFinite {
            try db.execute(sql: sql, arguments: [ids[o.seriesKey]!, o.time.unixMillis, o.value, Int64(o.quality.rawValue), sourceID])
        }
    }

    /// PostgreSQL: a poll's observations as four arrays, `unnest`ed into one INSERT per 10,000 rows (one round trip
    /// each, not one per row). A batch that holds one series' time twice keeps the last, as the row-by-row upsert
    /// does (one statement may not update a row twice).
    private func insertObservationArrays(_ db: SQLSession, _ observations: [Observation], seriesIDs ids: [String: Int64],
                                         sourceID: String) throws {
        var last: [SeriesTime: Int] = [:]
        for (i, o) in observations.enumerated() where o.value.isFinite {
            last[SeriesTime(series: ids[o.seriesKey]!, ts: o.time.unixMillis)] = i
        }
        let rows = last.values.sorted()
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + 10_000, rows.count)]
            func array(_ text: (Observation) -> String) -> String { "{" + chunk.map { text(observations[$0]) }.joined(separator: ",") + "}" }
            try db.execute(sql: """
                INSERT INTO observation (series_id, ts, value, quality, source_id)
                SELECT s, t, v, q, ?5 FROM unnest(CAST(?1 AS BIGINT[]), CAST(?2 AS BIGINT[]), CAST(?3 AS DOUBLE PRECISION[]),
                                                  CAST(?4 AS BIGINT[])) AS u (s, t, v, q)
                ON CONFLICT (series_id, ts) DO UPDATE SET value = excluded.value, quality = excluded.quality,
                    source_id = excluded.source_id
                """, arguments: [array { String(ids[$0.seriesKey]!) }, array { String($0.time.unixMillis) },
                                 array { "\($0.value)" }, array { String($0.quality.rawValue) }, sourceID])
            start += 10_000
        }
    }

    /// Upserts events by (source, kind, external id); a version older than the stored one is ignored.
    func upsertEvents(_ db: SQLSession, _ events: [CityEvent], sourceID: String) throws {
        guard !events.isEmpty else { return }
        let statementSQL = """
            INSERT INTO event (source_id, kind, external_id, title, status, is_open, category, agency_code, ward_code,
                               opened_ms, due_ms, closed_ms, updated_ms, progress, severity, detail, search, title_en,
                               detail_en, source_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_id, kind, external_id) DO UPDATE SET
                title = excluded.title, title_en = excluded.title_en, detail_en = excluded.detail_en, status = excluded.status, source_status = excluded.source_status, is_open = excluded.is_open,
                category = excluded.category, agency_code = excluded.agency_code, ward_code = excluded.ward_code,
                opened_ms = excluded.opened_ms, due_ms = excluded.due_ms, closed_ms = excluded.closed_ms,
                updated_ms = excluded.updated_ms, progress = excluded.progress, severity = excluded.severity,
                detail = excluded.detail, search = excluded.search
            WHERE excluded.updated_ms >= event.updated_ms
            """
        for e in events {
            let search = TextFolding.fold([e.externalID, e.title, e.titleEN ?? "", e.category, e.detail].joined(separator: " "))
            let arguments: SQLArguments = [
                sourceID, e.kind.rawValue, e.externalID, e.title, e.status.rawValue, e.status.isOpen ? 1 : 0,
                e.category, e.agencyCode, e.wardCode, e.openedAt.unixMillis, e.dueAt?.unixMillis,
                e.closedAt?.unixMillis, e.updatedAt.unixMillis, e.progress, e.severity, e.detail, search, e.titleEN,
                e.detailEN, e.sourceStatus,
            ]
            try db.execute(sql: statementSQL, arguments: arguments)
        }
    }
}
