import IOCDomain

/// Where Enter on a panel row leads.
public enum DrillTarget: Sendable, Hashable {
    case events(kind: EventKind, agencyCode: String?, title: String)
    case event(EventSummary)
    case source(SourceHealth)
    case series(KPIReading)
    case alarm(Alarm)
}
