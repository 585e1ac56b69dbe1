import Foundation
import IOCDomain
import IOCScreenConfig
import XCTest
@testable import IOCConsole

/// Issue 14, item 7: every panel that shows a source's data marks it stale, with the age of that source's last good
/// poll, when the source is down — or late (nothing has polled it for far longer than its schedule: a stopped
/// poller, or a source paused by an operator long ago). A table of (source state) → (panel stale, age).
final class PanelStaleMarkTests: XCTestCase {
    private let now = ConsoleFixture.now

    private func feedbackPanel(_ source: SourceHealth) -> (age: String?, stale: Bool) {
        var d = ConsoleFixture.dashboard
        d.sources = d.sources.filter { $0.sourceID != "pakn" } + [source]
        return ConsoleView.panelAge(.feedback, d, now: now)
    }

    func testTheFeedbackPanelFollowsItsOwnSource() {
        let hour: TimeInterval = 3600
        let table: [(String, SourceHealth, stale: Bool, age: String)] = [
            ("down", SourceHealth(sourceID: "pakn", name: "PAKN", kind: "open311", status: .down, lastAttemptAt: now.addingTimeInterval(-5),
                                  lastSuccessAt: now.addingTimeInterval(-3 * hour), consecutiveFailures: 4, intervalSeconds: 30), true, "3h"),
            ("late: polled last 2 h ago, every 30 s", SourceHealth(sourceID: "pakn", name: "PAKN", kind: "open311", status: .ok,
                                  lastAttemptAt: now.addingTimeInterval(-2 * hour), lastSuccessAt: now.addingTimeInterval(-2 * hour),
                                  intervalSeconds: 30), true, "2h"),
            ("fresh", SourceHealth(sourceID: "pakn", name: "PAKN", kind: "open311", status: .ok, lastAttemptAt: now.addingTimeInterval(-20),
                                   lastSuccessAt: now.addingTimeInterval(-20), intervalSeconds: 30), false, "<1m"),
        ]
        for (what, source, stale, age) in table {
            let panel = feedbackPanel(source)
            XCTAssertEqual(panel.stale, stale, what)
            XCTAssertEqual(panel.age, age, what)
        }
        // The simulator's panels keep their own, fresh age beside the failing source.
        XCTAssertFalse(ConsoleView.panelAge(.government, ConsoleFixture.dashboard, now: now).stale)
    }
}
