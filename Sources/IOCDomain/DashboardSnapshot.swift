import Foundation

/// Everything the operator layout shows, read in one go from the store: each part is sized to what a panel shows.
public struct DashboardSnapshot: Sendable, Hashable {
    /// When the snapshot was read (the console's "now" for data ages).
    public var readAt: Date
    /// Newest write to the database (any source), for the status bar's "database age".
    public var lastWriteAt: Date?
    /// Socio-economic KPIs (pillar 1).
    public var socioEconomic: [KPIReading]
    /// Traffic, air quality (VN_AQI), flood gauges (pillar 2, measurements).
    public var publicOrder: [KPIReading]
    /// The intake of services and feedback as series (dossiers and citizen reports received today; pillars 3 and 4),
    /// for their projections.
    public var intake: [KPIReading] = []
    /// Open incidents by category (pillar 2, events), e.g. ["traffic_accident": 3].
    public var openIncidentsByCategory: [String: Int]
    /// Most recent incidents, newest first.
    public var recentIncidents: [EventSummary]
    /// Dossier performance per agency (pillar 3).
    public var government: [AgencyPerformance]
    /// Citizen feedback per agency (pillar 4).
    public var feedback: [FeedbackSummary]
    /// Leaders' directives, most urgent first.
    public var directives: [EventSummary]
    public var sources: [SourceHealth]
    /// Pollers that write through a local queue (PostgreSQL), with the backlog each last reported.
    public var pollers: [PollerBacklog] = []
    /// Which sources supplied events of each kind, so a panel's data age follows its own sources only.
    public var eventSources: [EventKind: [String]]
    /// True counts of directives (the `directives` list holds only the most urgent ones).
    public var directiveCounts: EventCounts?
    /// Alarms not in Normal (unacknowledged, acknowledged, returned-to-normal, shelved, suppressed, out of service),
    /// in list order: state, then priority, then newest change.
    public var alarms: [Alarm] = []
    /// Alarm-load health against the ISA-18.2 targets.
    public var alarmLoad: AlarmLoad?
    /// Operating scenario runs open now (proposed or active), newest first; drills among them say so.
    public var runs: [ScenarioRun] = []
    /// The river gauges with official alarm levels, as bulletins state them (public order: environment).
    public var waterLevels: [WaterLevelStatus] = []
    /// What was left out for the reader's access scope (`visible(to:)`); nil when nothing was.
    public var hidden: HiddenData?

    public init(readAt: Date, lastWriteAt: Date? = nil, socioEconomic: [KPIReading] = [],
                publicOrder: [KPIReading] = [], openIncidentsByCategory: [String: Int] = [:],
                recentIncidents: [EventSummary] = [], government: [AgencyPerformance] = [],
                feedback: [FeedbackSummary] = [], directives: [EventSummary] = [], sources: [SourceHealth] = [],
                eventSources: [EventKind: [String]] = [:]) {
        self.readAt = readAt; self.lastWriteAt = lastWriteAt; self.socioEconomic = socioEconomic
        self.publicOrder = publicOrder; self.openIncidentsByCategory = openIncidentsByCategory
        self.recentIncidents = recentIncidents; self.government = government; self.feedback = feedback
        self.directives = directives; self.sources = sources
        self.eventSources = eventSources
    }

    /// City-wide dossier totals (sum over agencies).
    public var governmentTotal: AgencyPerformance {
        government.reduce(into: AgencyPerformance(agencyCode: "*", agencyName: "*")) { t, a in
            t.workload += a.workload; t.inProgress += a.inProgress; t.doneEarly += a.doneEarly
            t.doneOnTime += a.doneOnTime; t.doneLate += a.doneLate; t.lateInProgress += a.lateInProgress
            t.dueSoon += a.dueSoon
            if let r = a.atRisk { t.atRisk = (t.atRisk ?? 0) + r }
        }
    }

    /// City-wide feedback totals.
    public var feedbackTotal: FeedbackSummary {
        feedback.reduce(into: FeedbackSummary(agencyCode: "*", agencyName: "*")) { t, f in
            t.received += f.received; t.routed += f.routed; t.inProgress += f.inProgress
            t.resolved += f.resolved; t.overdue += f.overdue; t.dueSoon += f.dueSoon
        }
    }
}
