import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCPresentation
import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest
@testable import IOCConsole

/// A panel built from the same inputs as last time is pasted without being built (`PanelInputs`): so whatever a
/// kind's body shows must come from its inputs. Each part of the dashboard is changed in turn; for every panel kind
/// whose inputs stay the same, the body must stay the same. Each data change must also change some panel, or it
/// would prove nothing; the poll times change none.
final class PanelInputsTests: XCTestCase {
    private func inputs(_ kind: PanelKind, _ m: ConsoleModel) -> PanelInputs {
        PanelInputs(kind, m, m.dashboard!, state: TableState(), width: 70, height: 14,
                    styles: ThemeStyles.widgetStyles(m.theme))
    }

    private func body(_ kind: PanelKind, _ m: ConsoleModel) -> PanelBody {
        let state = TableState()
        return PanelBody(SortedTable(PanelContent.table(for: kind, model: m), state: state).table, state: state,
                         width: 70, height: 14, styles: ThemeStyles.widgetStyles(m.theme))
    }

    func testEveryBodyComesFromItsInputs() {
        let base = ConsoleFixture.modelWithAlarms()
        XCTAssertFalse(base.dashboard!.socioEconomic.isEmpty || base.dashboard!.publicOrder.isEmpty
            || base.dashboard!.government.isEmpty || base.dashboard!.feedback.isEmpty || base.dashboard!.directives.isEmpty
            || base.dashboard!.sources.isEmpty || base.dashboard!.alarms.isEmpty, "the fixture has every part")
        for (name, mutate) in DashboardChanges.data + DashboardChanges.pollTimes {
            var d = base.dashboard!
            mutate(&d)
            var m = base
            m.dashboard = d
            var rebuilt: [PanelKind] = []
            for kind in PanelKind.allCases {
                if inputs(kind, m) == inputs(kind, base) {
                    XCTAssertEqual(body(kind, m), body(kind, base), "\(name) changed the \(kind) panel, not its inputs")
                } else {
                    rebuilt.append(kind)
                }
            }
            let isPollTime = DashboardChanges.pollTimes.contains { $0.name == name }
            XCTAssertEqual(rebuilt.isEmpty, isPollTime, "\(name): rebuilds \(rebuilt)")
            if !isPollTime {
                XCTAssertTrue(PanelKind.allCases.contains { body($0, m) != body($0, base) }, "\(name) changes some panel")
            }
        }
    }

    func testTheConsoleStateAndTheClockStepAreInputsOfTheirPanels() {
        let base = ConsoleFixture.modelWithAlarms()
        var filtered = base
        filtered.alarmFilter = "Lê Chân"
        var flood = base
        flood.alarmFlood = true
        var english = base
        english.language = .en
        var later = base
        later.now += FrameSchedule.clockBoundEvery
        var sameStep = base
        sameStep.now = Date(timeIntervalSince1970: (base.now.timeIntervalSince1970 / 10).rounded(.down) * 10 + 9)
        XCTAssertNotEqual(inputs(.alarms, filtered), inputs(.alarms, base))
        XCTAssertNotEqual(inputs(.alarms, flood), inputs(.alarms, base))
        XCTAssertEqual(inputs(.government, flood), inputs(.government, base), "the flood is the alarm list's")
        for kind in PanelKind.allCases {
            XCTAssertNotEqual(inputs(kind, english), inputs(kind, base), "\(kind): the language")
            XCTAssertNotEqual(inputs(kind, later), inputs(kind, base), "\(kind): the next 10-second step")
            XCTAssertEqual(inputs(kind, sameStep), inputs(kind, base), "\(kind): within the step")
        }
    }
}
