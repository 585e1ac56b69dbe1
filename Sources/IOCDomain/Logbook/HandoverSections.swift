import Foundation

/// What a handover record holds, assembled from the data when the outgoing operator starts it, and kept as it was.
public struct HandoverSections: Sendable, Hashable, Codable {
    /// Alarms awaiting or under response (unacknowledged, acknowledged, cleared-unacknowledged), most urgent first.
    public var openAlarms: [Alarm]
    /// Shelved, suppressed and out-of-service alarms, with their reasons and expiry.
    public var shelvedAlarms: [HandoverOverlayItem]
    /// Alarms standing with the condition active for more than 24 hours.
    public var staleAlarms: [Alarm]
    /// Sources down or degraded, with their last good poll.
    public var sourcesNotOK: [SourceHealth]
    public var kpiBreaches: [HandoverKPIBreach]
    /// Agencies with overdue dossiers or feedback, most overdue first.
    public var overdueByAgency: [HandoverOverdue]
    /// Open directives from leaders, overdue first, then by due date.
    public var openDirectives: [HandoverDirective]
    /// The outgoing shift's logbook entries, oldest first (corrections included, the corrected entries too).
    public var logEntries: [LogEntry]
    /// Operating scenario runs open at the handover (proposed or active, drills too): they must be handed over and
    /// accepted like alarms. Nil in records written before runs existed.
    public var openRuns: [ScenarioRun]?
    /// The open runs (none for an older record).
    public var runs: [ScenarioRun] { openRuns ?? [] }
    /// How many items the reader's access scope left out (`HandoverRecord.visible(to:)`); nil as stored.
    public var hiddenItems: Int?
    /// The domains left out, when `hiddenItems` is set.
    public var hiddenDomains: Set<Pillar>?

    public init(openAlarms: [Alarm] = [], shelvedAlarms: [HandoverOverlayItem] = [], staleAlarms: [Alarm] = [],
                sourcesNotOK: [SourceHealth] = [], kpiBreaches: [HandoverKPIBreach] = [],
                overdueByAgency: [HandoverOverdue] = [], openDirectives: [HandoverDirective] = [],
                logEntries: [LogEntry] = []) {
        self.openAlarms = openAlarms; self.shelvedAlarms = shelvedAlarms; self.staleAlarms = staleAlarms
        self.sourcesNotOK = sourcesNotOK; self.kpiBreaches = kpiBreaches; self.overdueByAgency = overdueByAgency
        self.openDirectives = openDirectives; self.logEntries = logEntries
    }
}
