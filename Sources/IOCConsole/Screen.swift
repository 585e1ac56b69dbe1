import IOCDomain
import TUIWidgets

/// A screen pushed over the dashboard by a drill-down; Esc pops it.
public enum Screen: Sendable, Hashable {
    /// A list of events (e.g. the feedback cases of one agency).
    case eventList(EventListScreen)
    /// One event with all its fields.
    case eventDetail(EventSummary)
    /// One source's health and last error.
    case sourceDetail(SourceHealth)
    /// Every source over the whole screen: kind, state, last good poll, latency, error rate, records today,
    /// connection and last error; p and n act on the selected row.
    case sourceList
    /// One indicator's history as a chart.
    case seriesDetail(KPIReading)
    /// The alarm list over the whole screen.
    case alarmList
    /// One alarm with its whole timeline.
    case alarmDetail(AlarmDetailScreen)
    /// The supervisor's alarm-load health: rate against the ISA-18.2 targets, standing and stale alarms,
    /// chattering offenders, the priority mix.
    case alarmLoad
    /// The shift logbook, filtered by shift, category and text.
    case logbook(LogbookScreen)
    /// One logbook entry in full: both times, links, what it corrects and what corrects it, its hash.
    case logEntryDetail(LogEntry, correctedBy: [Int64])
    /// One row of an alarm's timeline in full: the whole note, wrapped (the incoming shift reads these notes).
    case timelineEntry(AlarmTimelineEntry, alarm: Alarm)
    /// The shift handover: started by the outgoing operator, reviewed section by section and accepted by the incoming.
    case handover(HandoverScreen)
    /// Operating scenario runs open now (F7).
    case runList
    /// One run: its procedure, steps with owner, countdown and state, its agency board and newest timeline rows.
    case runDetail(RunDetailScreen)
    /// An alarm's response procedure when no run of its scenario is open; Enter starts one by hand.
    case procedure(ProcedureScreen)
}

/// The state of an alarm's detail screen: the alarm as last read, and its append-only timeline.
public struct AlarmDetailScreen: Sendable, Hashable {
    public var alarm: Alarm
    public var timeline: [AlarmTimelineEntry]
    public var loading: Bool
    /// The selected timeline row (newest first): Enter opens it whole.
    public var table: TableState

    public init(alarm: Alarm, timeline: [AlarmTimelineEntry] = [], loading: Bool = true) {
        self.alarm = alarm; self.timeline = timeline; self.loading = loading
        self.table = TableState()
        self.table.selected = 0
    }
}

/// The state of an event-list screen.
public struct EventListScreen: Sendable, Hashable {
    public var kind: EventKind
    public var agencyCode: String?
    public var title: String
    public var events: [EventSummary]
    /// True counts for the whole list (the rows may be only the most urgent ones).
    public var counts: EventCounts?
    /// Dossiers' estimated lateness, by `EventListScreen.riskKey` (open dossiers not yet late with an estimate).
    public var risks: [String: LatenessEstimate] = [:]
    /// The item to select once the list is read (`riskKey`'s form: source/id), from an alarm about that one item.
    public var focus: String?
    public var loading: Bool
    public var table: TableState

    public init(kind: EventKind, agencyCode: String?, title: String, events: [EventSummary] = [], loading: Bool = true) {
        self.kind = kind; self.agencyCode = agencyCode; self.title = title; self.events = events; self.counts = nil
        self.loading = loading; self.table = TableState()
        self.table.selected = 0
    }

    /// The key of an item's lateness estimate: its source and its id there.
    public static func riskKey(_ e: EventSummary) -> String { e.sourceID + "/" + e.event.externalID }
}
