extension HandoverRecord {
    /// The record as an account with `scope` may read it: alarms, KPI breaches, overdue counts and directives of
    /// hidden domains left out, and how many were left out kept in the sections (the summary says so). A KPI breach
    /// or an alarm stored before its domain was kept has none, and is shown.
    public func visible(to scope: AccessScope) -> HandoverRecord {
        guard !scope.hidden.isEmpty else { return self }
        var r = self
        var s = sections
        var left = 0
        func keep<T>(_ items: [T], _ shown: (T) -> Bool) -> [T] {
            let kept = items.filter(shown)
            left += items.count - kept.count
            return kept
        }
        s.openAlarms = keep(s.openAlarms) { scope.allows($0) }
        s.shelvedAlarms = keep(s.shelvedAlarms) { scope.allows($0.alarm) }
        s.staleAlarms = keep(s.staleAlarms) { scope.allows($0) }
        if let runs = s.openRuns { s.openRuns = keep(runs) { scope.allows($0.domain) } }
        // A breach stored before its pillar was kept is the socio-economic or public-order panels' (the only ones
        // with thresholds): hidden when either is.
        s.kpiBreaches = keep(s.kpiBreaches) { b in b.pillar.map { scope.allows($0) } ?? (scope.allows(.socioEconomic) && scope.allows(.publicOrder)) }
        s.openDirectives = keep(s.openDirectives) { _ in scope.allows(.directives) }
        s.overdueByAgency = s.overdueByAgency.compactMap { o in
            var o = o
            if !scope.allows(.government) { o.lateDossiers = 0; o.dueSoonDossiers = 0 }
            if !scope.allows(.feedback) { o.overdueFeedback = 0; o.dueSoonFeedback = 0 }
            guard o.lateDossiers + o.dueSoonDossiers + o.overdueFeedback + o.dueSoonFeedback > 0 else {
                left += 1
                return nil
            }
            return o
        }
        s.hiddenItems = left
        s.hiddenDomains = scope.hidden
        r.sections = s
        return r
    }
}
