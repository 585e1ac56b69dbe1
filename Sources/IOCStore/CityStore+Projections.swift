import Foundation
import IOCDomain

/// The series' projections (issue 18): one row per series, replaced when the engine makes a new one (once a step of
/// the series), read with the indicators. The steps are one text column — `mean lower upper` per step, `;` between
/// steps — since they are only ever read whole.
extension CityStore {
    /// The table on either engine.
    public static func projectionSchema(_ engine: SQLEngine) -> String {
        let real = engine == .postgres ? "DOUBLE PRECISION" : "REAL"
        let big = engine == .postgres ? "BIGINT" : "INTEGER"
        return """
            CREATE TABLE series_projection (
                series_key TEXT PRIMARY KEY,
                origin_ms \(big) NOT NULL,
                step_ms \(big) NOT NULL,
                level \(real) NOT NULL,
                made_ms \(big) NOT NULL,
                steps TEXT NOT NULL
            );
            """
    }

    /// Replaces the projections of these series, in one transaction (the indicators' counter moves: a console
    /// re-reads them).
    public func recordProjections(_ projections: [(key: String, projection: SeriesProjection)], at now: Date) throws {
        guard !projections.isEmpty else { return }
        try database.write { db in
            for (key, p) in projections {
                try db.execute(sql: """
                    INSERT INTO series_projection (series_key, origin_ms, step_ms, level, made_ms, steps)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (series_key) DO UPDATE SET origin_ms = excluded.origin_ms, step_ms = excluded.step_ms,
                        level = excluded.level, made_ms = excluded.made_ms, steps = excluded.steps
                    """, arguments: [key, p.origin.unixMillis, Int64((p.step * 1000).rounded()), p.level, now.unixMillis,
                                     Self.stepsText(p.values)])
            }
            try noteWrite(db, at: nil, scopes: .observations)
        }
    }

    /// Every stored projection by series key (a row that cannot be read is left out, never guessed).
    public func projections() throws -> [String: SeriesProjection] {
        try database.read { db in try projections(db) }
    }

    /// The projections as the last read parsed them while no row changed (a write replaces rows with the cycle's time
    /// and a later origin: the count, the newest write and the sum of the origins tell), else read again: the dashboard asks at every poll, a projection changes
    /// once in 15 minutes.
    func projections(_ db: SQLSession) throws -> [String: SeriesProjection] {
        let row = try db.fetchOne(sql: "SELECT COUNT(*), MAX(made_ms), CAST(SUM(origin_ms) AS BIGINT) FROM series_projection")
        let stamp = "\((row?[0] as Int64?) ?? 0)/\((row?[1] as Int64?) ?? 0)/\((row?[2] as Int64?) ?? 0)"
        if let kept = keptReads.projections(stamp: stamp) { return kept }
        let read = try Self.readProjections(db)
        keptReads.keepProjections(read, stamp: stamp)
        return read
    }

    static func readProjections(_ db: SQLSession) throws -> [String: SeriesProjection] {
        var result: [String: SeriesProjection] = [:]
        for row in try db.fetchAll(sql: "SELECT series_key, origin_ms, step_ms, level, steps FROM series_projection") {
            let key: String = row[0]
            let originMs: Int64 = row[1], stepMs: Int64 = row[2]
            guard stepMs > 0, let values = stepsValues(row[4], origin: originMs, stepMs: stepMs) else { continue }
            result[key] = SeriesProjection(origin: Date(unixMillis: originMs), step: Double(stepMs) / 1000, level: row[3],
                                           values: values)
        }
        return result
    }

    static func stepsText(_ values: [ProjectedValue]) -> String {
        values.map { "\($0.mean) \($0.lower) \($0.upper)" }.joined(separator: ";")
    }

    /// The steps of a stored text, the first one step after the origin; nil when any part is not a finite number.
    static func stepsValues(_ text: String, origin: Int64, stepMs: Int64) -> [ProjectedValue]? {
        var values: [ProjectedValue] = []
        for (i, part) in text.split(separator: ";").enumerated() {
            let numbers = part.split(separator: " ").compactMap { Double($0) }
            guard numbers.count == 3, numbers.allSatisfy(\.isFinite) else { return nil }
            values.append(ProjectedValue(at: Date(unixMillis: origin + Int64(i + 1) * stepMs), mean: numbers[0],
                                         lower: numbers[1], upper: numbers[2]))
        }
        return values.isEmpty ? nil : values
    }
}
