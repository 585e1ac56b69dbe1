import IOCDomain

/// Where Enter on a panel row leads.
public enum DrillTarget: Sendable, Hashable {
    case events(kind: EventKind, agencyCode: String?, title: String)
    case event(EventSummary)
    case source(SourceHealth)
    case series(KPIReading)
    case alarm(Alarm)
    /// A group row of the alarm list: Enter expands or collapses it in place.
    case alarmGroup(AlarmGroup)
    /// A logbook entry (the one `c` corrects).
    case logEntry(LogEntry)
    /// One row of an alarm's timeline: Enter reads it whole.
    case timelineEntry(AlarmTimelineEntry)
    /// A scenario run (the runs screen): Enter opens it.
    case run(ScenarioRun)
    /// One step of a run: the run keys act on it.
    case runStep(runID: String, stepID: String)
}
