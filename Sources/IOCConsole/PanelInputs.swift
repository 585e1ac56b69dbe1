import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Everything a dashboard panel's body is built from: the parts of the dashboard its kind reads (its sources without
/// their poll times), the console state it reads (the alarm filter, the flood, the opened groups), the language, the
/// table state, the size, the styles, and the clock to the step of `FrameSchedule.clockBoundEvery` (what moves with
/// the clock alone, deadline classes, staleness and ages, is shown to the minute). Equal inputs build the same body,
/// so a panel whose inputs did not change is pasted as drawn last time without being built again (`PanelBodies`):
/// new traffic speeds every poll rebuild the public-order panel, not the other seven. `PanelInputsTests` changes
/// every other part of a dashboard and checks that each kind's body stays the same.
struct PanelInputs: Equatable {
    var kind: PanelKind
    var language: Language
    var clockStep: Int64
    var state: TableState
    var width: Int
    var height: Int
    var styles: WidgetStyles
    var data: DashboardInputs
    var alarmFilter: String?
    var alarmFlood = false
    var expandedAlarmGroups: Set<String> = []

    /// The inputs of a panel of `kind` drawn with `state` in an inner area of `width`×`height`.
    init(_ kind: PanelKind, _ m: ConsoleModel, _ d: DashboardSnapshot, state: TableState, width: Int, height: Int,
         styles: WidgetStyles) {
        self.kind = kind
        language = m.language
        clockStep = Int64((m.now.timeIntervalSince1970 / FrameSchedule.clockBoundEvery).rounded(.down))
        self.state = state
        self.width = width
        self.height = height
        self.styles = styles
        data = DashboardInputs(d, showing: Self.parts(kind))
        if kind == .alarms {
            alarmFilter = m.alarmFilter
            alarmFlood = m.alarmFlood
            expandedAlarmGroups = m.expandedAlarmGroups
        }
    }

    /// The parts a panel of `kind` shows.
    static func parts(_ kind: PanelKind) -> ShownParts {
        switch kind {
        case .socioEconomic: return [.socioEconomic, .sources]
        case .publicOrder: return [.traffic, .environment, .incidentCounts, .sources]
        case .government: return .government
        case .feedback: return .feedback
        case .sources: return .sources
        case .directives: return .directives
        case .incidents: return .recentIncidents
        case .alarms: return [.alarms, .agencyNames, .directives]
        }
    }
}
