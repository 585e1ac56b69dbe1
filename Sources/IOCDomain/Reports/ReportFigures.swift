import Foundation

/// Everything a report says, computed from the cache for one period and the one before it (for the change), as
/// the reader's scope allows: a section of a hidden domain is empty and named in `hidden`.
public struct ReportFigures: Sendable {
    public var period: ReportPeriod
    /// When the figures were read: a period not yet over is reported to this time, beside the same span of the one
    /// before (`isPartial`).
    public var readAt: Date
    public var alarms: AlarmReport
    public var previousAlarms: AlarmReport
    /// Dossiers per agency, lowest on-time rate first (`DossierReport`); empty when the domain is hidden.
    public var dossiers: [AgencyPerformance]
    public var previousDossiers: [AgencyPerformance]
    /// Citizen feedback per agency, most overdue first (`FeedbackReport`); empty when the domain is hidden.
    public var feedback: [FeedbackReport.Agency] = []
    public var previousFeedback: [FeedbackReport.Agency] = []
    /// Citizen feedback per ward where it was reported, most received first.
    public var feedbackByWard: [FeedbackReport.Ward] = []
    /// Feedback received per ward in the period before (same span when this one is not over), by ward code.
    public var previousFeedbackByWard: [String: Int] = [:]
    /// Every data source over the period (IOC operation); not a domain of its own.
    public var sources: [SourceReport] = []
    public var shifts = ShiftReport()
    public var previousShifts = ShiftReport()
    /// Socio-economic indicators against their plan; empty when the domain is hidden.
    public var indicators: [IndicatorReport] = []
    public var incidents = IncidentReport(byType: [], byWard: [])
    /// Air-quality stations' days by VN_AQI band, and each station's days Poor or worse in the period before.
    public var airQuality: [AirQualityReport.Station] = []
    public var previousPoorAirDays: [String: Int] = [:]
    /// Leaders' directives per agency by the dossiers' on-time rule (`DossierReport`).
    public var directives: [AgencyPerformance] = []
    public var previousDirectives: [AgencyPerformance] = []
    /// The domains this reader may not see, left out of the report.
    public var hidden: [Pillar]

    /// Whether the period was not over when the figures were read.
    public var isPartial: Bool { readAt < period.end }

    public init(period: ReportPeriod, readAt: Date, alarms: AlarmReport, previousAlarms: AlarmReport,
                dossiers: [AgencyPerformance], previousDossiers: [AgencyPerformance], hidden: [Pillar]) {
        self.period = period; self.readAt = readAt; self.alarms = alarms; self.previousAlarms = previousAlarms
        self.dossiers = dossiers; self.previousDossiers = previousDossiers; self.hidden = hidden
    }
}
