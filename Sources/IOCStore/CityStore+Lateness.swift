import Foundation
import IOCDomain

/// Dossiers at risk of lateness (issue 18): the lateness model (`LatenessModel`, Kaplan–Meier per procedure and
/// agency) built from the dossiers received in the last `lookbackDays`, applied to every open dossier not yet late.
extension CityStore {
    /// How far back the dossiers the model learns from were received.
    public static let latenessLookbackDays = 180

    /// Every open dossier not yet late with its estimated probability of lateness (those with no basis left out),
    /// highest first.
    public func lateRisks(now: Date) throws -> [LateRisk] {
        try database.read { db in try lateRisks(db, now: now) }
    }

    func lateRisks(_ db: SQLSession, now: Date) throws -> [LateRisk] {
        // Kept risks of dossiers that have since come due are not risks any more (they are late or done).
        if let kept = latenessCache.risks(now: now) { return kept.filter { ($0.item.event.dueAt ?? now) > now } }
        let model: LatenessModel
        if let kept = latenessCache.model(now: now) {
            model = kept
        } else {
            let since = now.unixMillis - Int64(Self.latenessLookbackDays) * 86_400_000
            let history = try db.fetchAll(sql: """
                SELECT title, category, agency_code, opened_ms, due_ms,
                       CASE WHEN is_open = 1 THEN NULL ELSE COALESCE(closed_ms, updated_ms) END
                FROM event WHERE kind = ? AND due_ms IS NOT NULL AND opened_ms >= ?
                """, arguments: [EventKind.dossier.rawValue, since]).map { row in
                    DossierTiming(procedure: row[0], group: row[1], agencyCode: row[2] ?? "", openedAt: Date(unixMillis: row[3]),
                                  dueAt: Date(unixMillis: row[4]), closedAt: StoredRow.date(row, 5))
                }
            model = LatenessModel(history: history, now: now)
            // Kept only once it can estimate: a store still filling (the first poll of a new city is seconds away) is
            // read again at the next call, not taken for ten minutes as a city with no history.
            guard model.isUsable else { return [] }
            latenessCache.keep(model, now: now)
        }
        let open = try db.fetchAll(sql: """
            SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
            WHERE e.kind = ? AND e.is_open = 1 AND e.due_ms > ?
            """, arguments: [EventKind.dossier.rawValue, now.unixMillis]).map(StoredRow.eventSummary)
        let risks = open.compactMap { item -> LateRisk? in
            let e = item.event
            guard let due = e.dueAt else { return nil }
            let timing = DossierTiming(procedure: e.title, group: e.category, agencyCode: e.agencyCode ?? "", openedAt: e.openedAt,
                                       dueAt: due)
            return model.estimate(timing, now: now).map { LateRisk(item: item, estimate: $0) }
        }.sorted { $0.estimate.probability > $1.estimate.probability }
        latenessCache.keep(risks, now: now)
        return risks
    }
}
