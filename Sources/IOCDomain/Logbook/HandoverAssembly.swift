import Foundation

/// Assembles a handover record's sections from the data: pure, so what goes into a handover is table-tested.
public enum HandoverAssembly {
    /// Sections from a dashboard snapshot read at `now`, the outgoing shift's log entries, and the reasons recorded
    /// in the timeline for alarms in an overlay (keyed by alarm id; a shelve's own reason wins).
    ///
    /// Open alarms: unacknowledged, cleared-unacknowledged and acknowledged, by priority then age. Shelved: shelved,
    /// out of service and suppressed. Stale: condition active for more than `AlarmLoad.staleAfter` (24 h). Sources:
    /// down, then degraded. KPI breaches: latest values beyond `warnAbove`/`warnBelow`. Overdue: agencies with late
    /// dossiers or overdue feedback (or either due within 24 h). Directives: open ones, overdue first.
    public static func sections(from d: DashboardSnapshot, entries: [LogEntry], overlayReasons: [String: String] = [:],
                                overlayNotes: [String: AlarmNote] = [:], now: Date) -> HandoverSections {
        var s = HandoverSections()
        func byUrgency(_ a: Alarm, _ b: Alarm) -> Bool {
            if a.priority != b.priority { return a.priority < b.priority }
            let ta = a.activeSince ?? a.lastChangeAt, tb = b.activeSince ?? b.lastChangeAt
            return ta != tb ? ta < tb : a.id < b.id
        }
        s.openAlarms = d.alarms.filter { $0.state.isShownInMainList }.sorted(by: byUrgency)
        s.shelvedAlarms = d.alarms.filter(\.state.isOverlay).sorted(by: byUrgency).map { a in
            let own = a.state == .shelved ? a.shelveReason : nil
            return HandoverOverlayItem(alarm: a, reason: own ?? overlayReasons[a.id], reasonNote: own == nil ? overlayNotes[a.id] : nil)
        }
        s.staleAlarms = d.alarms.filter { a in
            guard a.conditionActive, let since = a.activeSince else { return false }
            return now.timeIntervalSince(since) > AlarmLoad.staleAfter
        }.sorted(by: byUrgency)
        s.sourcesNotOK = d.sources.filter { $0.status == .down || $0.status == .degraded || $0.status == .late }
            .sorted { ($0.status == .down ? 0 : 1, $0.sourceID) < ($1.status == .down ? 0 : 1, $1.sourceID) }
        s.kpiBreaches = (d.socioEconomic + d.publicOrder).compactMap { r in
            guard let v = r.latest else { return nil }
            let def = r.definition
            if let hi = def.warnAbove, v > hi {
                return HandoverKPIBreach(key: def.key, name: def.name, value: v, unit: def.unit, limit: hi, above: true, at: r.latestAt,
                                         nameEN: def.nameEN, pillar: def.pillar)
            }
            if let lo = def.warnBelow, v < lo {
                return HandoverKPIBreach(key: def.key, name: def.name, value: v, unit: def.unit, limit: lo, above: false, at: r.latestAt,
                                         nameEN: def.nameEN, pillar: def.pillar)
            }
            return nil
        }
        var overdue: [String: HandoverOverdue] = [:]
        for g in d.government where g.lateInProgress > 0 || g.dueSoon > 0 {
            overdue[g.agencyCode] = HandoverOverdue(agencyCode: g.agencyCode, agencyName: g.agencyName, lateDossiers: g.lateInProgress,
                                                    dueSoonDossiers: g.dueSoon, overdueFeedback: 0, dueSoonFeedback: 0,
                                                    agencyNameEN: g.agencyNameEN.isEmpty ? nil : g.agencyNameEN)
        }
        for f in d.feedback where f.overdue > 0 || f.dueSoon > 0 {
            var o = overdue[f.agencyCode] ?? HandoverOverdue(agencyCode: f.agencyCode, agencyName: f.agencyName, lateDossiers: 0,
                                                             dueSoonDossiers: 0, overdueFeedback: 0, dueSoonFeedback: 0,
                                                             agencyNameEN: f.agencyNameEN.isEmpty ? nil : f.agencyNameEN)
            o.overdueFeedback = f.overdue
            o.dueSoonFeedback = f.dueSoon
            overdue[f.agencyCode] = o
        }
        s.overdueByAgency = overdue.values.sorted {
            let a = $0.lateDossiers + $0.overdueFeedback, b = $1.lateDossiers + $1.overdueFeedback
            return a != b ? a > b : $0.agencyCode < $1.agencyCode
        }
        s.openDirectives = d.directives.filter(\.event.status.isOpen).map { e in
            HandoverDirective(externalID: e.event.externalID, title: e.event.title, agencyName: e.agencyName,
                              dueAt: e.event.dueAt, progress: e.event.progress,
                              overdue: e.event.dueAt.map { $0 < now } ?? false,
                              agencyNameEN: e.agencyNameEN.isEmpty ? nil : e.agencyNameEN, titleEN: e.event.titleEN)
        }.sorted { a, b in
            if a.overdue != b.overdue { return a.overdue }
            return (a.dueAt ?? .distantFuture, a.externalID) < (b.dueAt ?? .distantFuture, b.externalID)
        }
        s.logEntries = entries.sorted { $0.id < $1.id }
        let runs = d.runs.filter { !$0.state.isFinal }.sorted { $0.startedAt < $1.startedAt }
        s.openRuns = runs.isEmpty ? nil : runs
        return s
    }
}
