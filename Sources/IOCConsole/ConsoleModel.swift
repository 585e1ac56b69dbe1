import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import TUIWidgets

/// The whole state of one console: pure data, updated only by `ConsoleUpdate`, drawn only by `ConsoleView`.
public struct ConsoleModel: Sendable {
    public var layout: LayoutSpec
    public var theme: Theme
    public var language: Language
    /// The city shown in the status bar, e.g. "Hải Phòng".
    public var cityName: String
    public var width: Int
    public var height: Int
    public var now: Date
    /// Counts the updates that changed what the screen shows, apart from the clock (`FrameSchedule`): every message
    /// but a tick that only moves the time.
    public internal(set) var revision = 0
    public var dashboard: DashboardSnapshot?
    /// Index into the visible panels of the current arrangement.
    public var focusIndex: Int = 0
    /// Selection and scroll of each panel, by panel id.
    public var panelStates: [String: TableState] = [:]
    /// Drill-down screens over the dashboard, innermost last.
    public var screens: [Screen] = []
    public var showHelp = false
    /// First line of the help shown (the help scrolls where the screen is short).
    public var helpScroll = 0
    /// Text typed after ":", while the command line is open.
    public var commandLine: String?
    /// A short message on the status line (an error or a confirmation) and until when it shows.
    /// The background jobs failing now (the alarm cycle, housekeeping): shown on the status bar until they recover.
    public var backgroundFailures: [BackgroundFailure] = []
    /// The audit records waiting for the SOC collector, when one is configured.
    public var auditBacklog: AuditBacklog?
    public var flash: String?
    public var flashIsError = false
    public var flashUntil: Date?
    public var keymap: Keymap = .standard
    /// Who is at this console: every alarm action is recorded with this name and role.
    public var actor = Actor(name: "operator", role: .operator)
    /// A one-line question on the bottom row (shelve duration and reason, a note, …), while open.
    public var prompt: PromptState?
    /// Accent-insensitive filter of the alarm list ("/").
    public var alarmFilter: String?
    /// An alarm flood is on (ISA-18.2: starts above 10 new alarms in 10 minutes, ends below 5): a banner shows and
    /// the list groups harder instead of scrolling the operator away.
    public var alarmFlood = false
    /// Ids of the alarm groups (`AlarmGroup.id`) the operator has expanded; groups are collapsed by default.
    public var expandedAlarmGroups: Set<String> = []
    /// Whether the status bar shows who is on duty (a live console; not `ioc snapshot`).
    public var showsDuty = false
    /// Who is on duty (nil before anyone signed on).
    public var onDuty: OnDuty?
    /// The handover waiting for acceptance, if any: shown on the status bar so the incoming operator sees it.
    public var pendingHandover: HandoverRecord?
    /// When shifts start (from `shifts.yaml`, else 06:00/14:00/22:00 UTC+7).
    public var shiftPattern: ShiftPattern = .standard
    /// The operating scenarios in force (`Scenarios/*.yaml`): an alarm's procedure when no run of it is open.
    public var scenarios: [ScenarioTemplate] = []

    public init(layout: LayoutSpec, theme: Theme, language: Language, cityName: String, width: Int, height: Int, now: Date) {
        self.layout = layout; self.theme = theme; self.language = language; self.cityName = cityName
        self.width = width; self.height = height; self.now = now
    }

    /// The panels of the arrangement that fits the current size.
    public var activeRows: [LayoutRow] {
        if let below = layout.compactBelow, !layout.compactRows.isEmpty,
           width < below.width || height < below.height {
            return layout.compactRows
        }
        return layout.rows
    }

    public var activePanels: [PanelSpec] { activeRows.flatMap(\.panels) }

    public var focusedPanel: PanelSpec? {
        let panels = activePanels
        guard !panels.isEmpty else { return nil }
        return panels[min(max(0, focusIndex), panels.count - 1)]
    }

    /// True when the terminal is smaller than the layout needs.
    public var isTooSmall: Bool { width < layout.minWidth || height < layout.minHeight }

    /// Which key bindings apply: the alarm keys where alarms are in front of the operator.
    public var keyContext: KeyContext {
        if let top = screens.last {
            switch top {
            case .alarmList, .alarmDetail: return .alarms
            case .logbook, .logEntryDetail: return .logbook
            case .handover: return .handover
            case .sourceDetail, .sourceList: return .source
            case .runList, .runDetail, .procedure: return .runs
            default: return .global
            }
        }
        return focusedPanel?.kind == .alarms ? .alarms : .global
    }

    public func state(of panelID: String) -> TableState {
        if let s = panelStates[panelID] { return s }
        var s = TableState()
        s.selected = 0
        return s
    }
}
