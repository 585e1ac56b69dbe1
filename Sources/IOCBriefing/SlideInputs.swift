import Foundation
import IOCConfig
import IOCDomain

/// The parts of the data a slide of one kind draws from: the sources without their poll times, and of the
/// measurements only the traffic series (the public-order slide) or only the others (VN_AQI, water, rain). When a new
/// read leaves the shown slide's inputs and the stale banner as they were, the wall draws no whole frame for it: new
/// speeds every poll redraw the public-order slide, not the other seven. What moves with the clock alone waits for the
/// whole frame drawn at least every 10 s (`FrameSchedule`). `SlideInputsTests` changes every other part of the data
/// and checks that each kind's slide stays the same.
struct SlideInputs: Equatable {
    var kind: SlideKind
    var socioEconomic: [KPIReading]?
    var traffic: [KPIReading]?
    var environment: [KPIReading]?
    var incidentsByCategory: [String: Int]?
    var recentIncidents: [EventSummary]?
    var government: [AgencyPerformance]?
    var feedback: [FeedbackSummary]?
    var directives: [EventSummary]?
    var directiveCounts: EventCounts?
    var sources: [SourceHealth]?
    var alarms: [Alarm]?
    var alarmLoad: AlarmLoad?

    /// Whether a reading is a traffic series (the public-order slide's), not an environment one.
    static func isTraffic(_ r: KPIReading) -> Bool { r.definition.key.hasPrefix("traffic.") }

    init(_ kind: SlideKind, _ d: DashboardSnapshot) {
        self.kind = kind
        switch kind {
        case .overview:
            // Every slide's headline: dossiers, feedback, two socio-economic figures, the worst VN_AQI, alarms,
            // directives, incidents.
            socioEconomic = d.socioEconomic
            environment = d.publicOrder.filter { !Self.isTraffic($0) }
            sources = d.sources.map(\.withoutPollTimes)
            government = d.government
            feedback = d.feedback
            alarms = d.alarms
            alarmLoad = d.alarmLoad
            directives = d.directives
            directiveCounts = d.directiveCounts
            incidentsByCategory = d.openIncidentsByCategory
        case .socioEconomic:
            socioEconomic = d.socioEconomic
            sources = d.sources.map(\.withoutPollTimes)
        case .government:
            government = d.government
            feedback = d.feedback
        case .feedback:
            government = d.government
            feedback = d.feedback
        case .publicOrder:
            traffic = d.publicOrder.filter(Self.isTraffic)
            incidentsByCategory = d.openIncidentsByCategory
            recentIncidents = d.recentIncidents
            sources = d.sources.map(\.withoutPollTimes)
        case .environment:
            environment = d.publicOrder.filter { !Self.isTraffic($0) }
            sources = d.sources.map(\.withoutPollTimes)
        case .alarms:
            alarms = d.alarms
            alarmLoad = d.alarmLoad
            government = d.government
            feedback = d.feedback
        case .directives:
            directives = d.directives
            directiveCounts = d.directiveCounts
            government = d.government
            feedback = d.feedback
        }
    }
}
