import IOCDomain

/// What a view draws from a dashboard: the parts it shows (`ShownParts`), the rest left out. Two equal inputs show
/// the same, so a view whose inputs did not change is not drawn again: a console panel is pasted as drawn last time
/// (`PanelInputs`) and the wall draws no whole frame (`SlideInputs`). What moves with the clock alone is brought up
/// to date by the whole frame drawn at least every 10 s (`FrameSchedule`).
public struct DashboardInputs: Equatable {
    var socioEconomic: [KPIReading]?
    var traffic: [KPIReading]?
    var environment: [KPIReading]?
    var incidentCounts: [String: Int]?
    var recentIncidents: [EventSummary]?
    var government: [AgencyPerformance]?
    var feedback: [FeedbackSummary]?
    var directives: [EventSummary]?
    var directiveCounts: EventCounts?
    var sources: [SourceHealth]?
    var alarms: [Alarm]?
    var alarmLoad: AlarmLoad?
    var runs: [ScenarioRun]?

    /// Whether a reading is a traffic series, not an environment one.
    public static func isTraffic(_ r: KPIReading) -> Bool { r.definition.key.hasPrefix("traffic.") }

    public init(_ d: DashboardSnapshot, showing parts: ShownParts) {
        if parts.contains(.socioEconomic) { socioEconomic = d.socioEconomic }
        if parts.contains(.traffic) { traffic = d.publicOrder.filter(Self.isTraffic) }
        if parts.contains(.environment) { environment = d.publicOrder.filter { !Self.isTraffic($0) } }
        if parts.contains(.incidentCounts) { incidentCounts = d.openIncidentsByCategory }
        if parts.contains(.recentIncidents) { recentIncidents = d.recentIncidents }
        if parts.contains(.government) { government = d.government }
        if parts.contains(.feedback) { feedback = d.feedback }
        if parts.contains(.directives) {
            directives = d.directives
            directiveCounts = d.directiveCounts
        }
        if parts.contains(.sources) { sources = d.sources.map(\.withoutPollTimes) }
        if parts.contains(.alarms) {
            alarms = d.alarms
            alarmLoad = d.alarmLoad
        }
        if parts.contains(.runs) { runs = d.runs }
    }
}
