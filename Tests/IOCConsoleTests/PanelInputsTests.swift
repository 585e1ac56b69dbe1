import Foundation
import IOCConfig
import IOCDomain
import TUICore
import TUIWidgets
import XCTest
@testable import IOCConsole

/// A panel built from the same inputs as last time is pasted without being built (`PanelInputs`): so whatever a
/// kind's body shows must come from its inputs. Each part of the dashboard is changed in turn; for every panel kind
/// whose inputs stay the same, the body must stay the same. Each data change must also change some panel, or it
/// would prove nothing; the poll times change none.
final class PanelInputsTests: XCTestCase {
    private static let mutations: [(String, @Sendable (inout DashboardSnapshot) -> Void)] = [
        ("socio-economic value", { $0.socioEconomic[0].latest = ($0.socioEconomic[0].latest ?? 0) + 1 }),
        ("public-order value", { $0.publicOrder[0].latest = ($0.publicOrder[0].latest ?? 0) + 7 }),
        ("open incidents", { $0.openIncidentsByCategory["fire", default: 0] += 3 }),
        ("recent incidents", { d in
            var e = d.directives[0]
            e.event.kind = .incident; e.event.category = "fire"; e.event.title = "Cháy kho hàng"
            d.recentIncidents.insert(e, at: 0)
        }),
        ("dossier figures", { $0.government[0].lateInProgress += 5 }),
        ("feedback figures", { $0.feedback[0].overdue += 4 }),
        ("a directive", { $0.directives[0].event.progress = 99 }),
        ("directive counts", { $0.directiveCounts = EventCounts(total: 60, open: 40, overdue: 9, dueSoon: 3) }),
        ("a source's state", { $0.sources[0].status = .down; $0.sources[0].lastError = "HTTP 503" }),
        ("an alarm", { $0.alarms.removeFirst() }),
        ("the alarm load", { $0.alarmLoad = AlarmLoad(raisedLast10Minutes: 12, averagePer10MinutesOver24Hours: 2,
                                                       standingCount: 4, staleIDs: [], chatteringIDs: [],
                                                       priorityMixLast24Hours: [:]) }),
    ]
    private static let pollTimes: [(String, @Sendable (inout DashboardSnapshot) -> Void)] = [
        ("read time", { $0.readAt += 1 }),
        ("last write", { $0.lastWriteAt = ($0.lastWriteAt ?? $0.readAt) + 1 }),
        // A new last success shows as an age ("4m" to "<1m" for a source polled every 5 min): like every age, it
        // moves with the clock and waits for the next 10-second step; the other poll times show nowhere on a panel.
        ("poll times", { d in
            for i in d.sources.indices {
                d.sources[i].lastAttemptAt = d.sources[i].lastAttemptAt.map { $0 + 1 }
                d.sources[i].lastDurationMs = 12
                d.sources[i].nextPollAt = d.readAt + 3
            }
        }),
    ]

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
        for (name, mutate) in Self.mutations + Self.pollTimes {
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
            let isPollTime = Self.pollTimes.contains { $0.0 == name }
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
