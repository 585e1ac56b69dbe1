import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import TUICore

/// Everything that can happen to the console: keys, time, size, and data arriving from the outside.
public enum ConsoleMessage: Sendable {
    case key(KeyEvent)
    case resized(width: Int, height: Int)
    /// The clock moved (once a second at most): data ages and the status bar clock change.
    case tick(Date)
    case dashboardLoaded(DashboardSnapshot)
    /// The rows of an event list and, when known, the true counts behind them (the list may be cut).
    case eventsLoaded(kind: EventKind, agencyCode: String?, events: [EventSummary], counts: EventCounts? = nil,
                      risks: [String: LatenessEstimate] = [:])
    case layoutLoaded(LayoutSpec)
    case themeLoaded(Theme)
    /// The store's answer to alarm actions, one decision per command.
    case alarmCommandsApplied([AlarmDecision])
    case alarmTimelineLoaded(id: String, alarm: Alarm?, timeline: [AlarmTimelineEntry])
    /// Who is on duty, and the handover waiting for acceptance if any (read with every dashboard).
    case dutyLoaded(onDuty: OnDuty?, pending: HandoverRecord?)
    case logEntriesLoaded(query: LogQuery, entries: [LogEntry])
    case logEntryAppended(LogEntry)
    /// An operator's action on a source was applied and logged (entry `logID`).
    case sourceActed(SourceAction, name: String, logID: Int64)
    /// A report was written (`:report`): the period's name and the file.
    case reportWritten(period: String, path: String)
    /// The pending or newest handover (nil when none was ever started).
    case handoverLoaded(HandoverRecord?)
    /// Something the operator asked for failed; shown on the status line.
    case failed(String)
    /// The background jobs failing now (sent when that changes): state on the status bar until they recover.
    case backgroundHealth([BackgroundFailure])
    /// The store's answer to a run input.
    case runApplied(RunDecision)
    /// A run started by hand.
    case runStarted(ScenarioRun)
    /// A run as read now and its whole timeline.
    case runTimelineLoaded(id: String, run: ScenarioRun?, timeline: [RunTimelineEntry])
    /// The audit records waiting for the SOC collector (nil: none is configured).
    case auditBacklogLoaded(AuditBacklog?)
}
