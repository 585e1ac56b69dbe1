import Foundation
import IOCDomain

/// What the console asks its runner to do: the console itself never does I/O.
public enum ConsoleEffect: Sendable, Hashable {
    case quit
    /// Query the events of one kind (optionally one agency's) and answer with `.eventsLoaded`.
    case loadEvents(kind: EventKind, agencyCode: String?)
    /// Load a layout by name and answer with `.layoutLoaded` or `.failed`.
    case loadLayout(String)
    /// Load a theme by name and answer with `.themeLoaded` or `.failed`.
    case loadTheme(String)
    /// Repaint the whole terminal (after Ctrl-L or a resize).
    case redraw
    /// Apply alarm actions (acknowledge, shelve, note, …) through the store in one transaction and answer with
    /// `.alarmCommandsApplied`; then re-read the dashboard at once.
    case applyAlarmCommands([AlarmCommand])
    /// Read one alarm and its timeline; answer with `.alarmTimelineLoaded`.
    case loadAlarmTimeline(String)
    /// Record the sign-on at `at`, the console's time when it was typed (the first operator on an empty floor goes
    /// on duty); answer with `.dutyLoaded`.
    case signOn(Actor, at: Date)
    /// Read logbook entries; answer with `.logEntriesLoaded`.
    case loadLog(LogQuery)
    /// Append an entry synchronously (it is on disk before the next frame); answer with `.logEntryAppended` or
    /// `.failed`.
    case appendLogEntry(LogEntryDraft)
    /// Read the pending (else the newest) handover; answer with `.handoverLoaded`.
    case loadHandover
    /// Start a handover assembled from the data now; answer with `.handoverLoaded` or `.failed`.
    case startHandover(status: HandoverStatus, narrative: String, at: Date)
    /// Accept handover `id` (with reservations: supervisor only); answer with `.handoverLoaded` and `.dutyLoaded`.
    case acceptHandover(id: Int64, reservations: String?, at: Date)
    /// Pause, resume or poll a source now, written to the logbook with who asked; answer with `.sourceActed` and a
    /// fresh dashboard, or `.failed`.
    case actOnSource(id: String, action: SourceAction, by: Actor, at: Date)
    /// Write the report of the period of this kind that contains `at` (HTML, in the console's language, beside the
    /// database) and answer with `.reportWritten` or `.failed`.
    case writeReport(ReportPeriod.Kind, at: Date)
    /// Apply an input to a scenario run through the store; answer with `.runApplied` and a fresh dashboard.
    case applyRunInput(runID: String, input: RunInput)
    /// Start a run of a scenario by hand (for an alarm, or a drill); answer with `.runStarted` or `.failed`.
    case startRun(templateID: String, alarmID: String?, exercise: Bool, by: Actor, at: Date)
    /// Read a run and its timeline; answer with `.runTimelineLoaded`.
    case loadRunTimeline(String)
    /// An action the console refused for the operator's role: written to the audit trail (in English, for the SOC);
    /// no answer.
    case recordRefusal(action: AuditAction, by: Actor, target: String, reason: String, at: Date)
}
