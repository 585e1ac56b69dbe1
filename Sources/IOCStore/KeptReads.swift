import Foundation
import IOCDomain

/// What the store's periodic reads keep from one call to the next, each part with the change counters it was read
/// at (`meta`, bumped by every write of its scope, Decision 21): for the alarm cycle, the series with their agency and
/// ward names, re-read when reference data changes, and the open items due soon, re-read when events change or time
/// passes their horizon (a cycle every 5 s read both again though events change about once in 20 s); for the
/// dashboard, each pillar's series definitions, re-read when reference data changes (Decision 34).
final class KeptReads: @unchecked Sendable {
    /// How far beyond the warning window the items are read, so that the list stays whole for this long.
    static let horizon: Int64 = 10 * 60 * 1000

    private let lock = NSLock()
    private var series: (reference: Int64, rows: [SQLRow])?
    private var deadlines: (events: Int64, reference: Int64, dueBy: Int64, items: [EventSummary])?
    private var definitions: [Pillar: (reference: Int64, series: [(id: Int64, definition: SeriesDefinition)])] = [:]
    private var projections: (stamp: String, projections: [String: SeriesProjection])?

    /// Series ids by key as read-only transactions found them: a series row is never deleted nor renumbered, so an id
    /// once committed holds for the store's life; ids seen inside a write (which may roll back) are not kept here.
    private var ids: [String: Int64] = [:]

    /// The kept ids of `keys`, and the keys with none kept.
    func seriesIDs(_ keys: Set<String>) -> (known: [String: Int64], unknown: Set<String>) {
        lock.withLock {
            var known: [String: Int64] = [:], unknown: Set<String> = []
            for key in keys {
                if let id = ids[key] { known[key] = id } else { unknown.insert(key) }
            }
            return (known, unknown)
        }
    }

    func keepSeriesIDs(_ found: [String: Int64]) {
        lock.withLock { ids.merge(found) { _, new in new } }
    }

    /// A pillar's series (id and definition, by id) read at `reference`, else nil.
    func definitions(_ pillar: Pillar, reference: Int64) -> [(id: Int64, definition: SeriesDefinition)]? {
        lock.withLock { definitions[pillar].flatMap { $0.reference == reference ? $0.series : nil } }
    }

    func keepDefinitions(_ series: [(id: Int64, definition: SeriesDefinition)], pillar: Pillar, reference: Int64) {
        lock.withLock { definitions[pillar] = (reference, series) }
    }

    /// The series rows read at `reference`, else nil.
    func seriesRows(reference: Int64) -> [SQLRow]? {
        lock.withLock { series?.reference == reference ? series?.rows : nil }
    }

    func keepSeriesRows(_ rows: [SQLRow], reference: Int64) {
        lock.withLock { series = (reference, rows) }
    }

    /// The open items due by `dueBy` or earlier, when a list read at these counters reaches that far, else nil.
    /// The list may hold items due later (up to its own horizon): the deadline rules classify each item at `now`.
    func deadlines(events: Int64, reference: Int64, dueBy: Int64) -> [EventSummary]? {
        lock.withLock {
            guard let d = deadlines, d.events == events, d.reference == reference, dueBy <= d.dueBy else { return nil }
            return d.items
        }
    }

    func keepDeadlines(_ items: [EventSummary], events: Int64, reference: Int64, dueBy: Int64) {
        lock.withLock { deadlines = (events, reference, dueBy, items) }
    }

    /// The projections parsed at `stamp` (their row count and newest write), else nil.
    func projections(stamp: String) -> [String: SeriesProjection]? {
        lock.withLock { projections.flatMap { $0.stamp == stamp ? $0.projections : nil } }
    }

    func keepProjections(_ read: [String: SeriesProjection], stamp: String) {
        lock.withLock { projections = (stamp, read) }
    }
}
