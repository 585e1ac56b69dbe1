import Foundation
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest
@testable import IOCConsole

/// Issue 14, item 7: the sources screen (F6, or `:sources`): every source with its kind, state, last good poll,
/// latency, error rate, records today, connection and last error, the worst first; p and n act on the selected row,
/// Enter opens the source's own screen. A table of (row, key) → effect, and text snapshots at 80 and 160 columns.
final class SourceListScreenTests: XCTestCase {
    /// The fixture city's two sources, with today's counts and connections filled in: the simulator, and a
    /// department system down over an unverified TLS connection.
    private func model(width: Int = 160, height: Int = 48, language: Language = .vi) -> ConsoleModel {
        var m = ConsoleFixture.model(width: width, height: height, language: language)
        m.actor = Actor(name: "Trần Thị Bình", role: .operator)
        var d = ConsoleFixture.dashboard
        let day = VietnamTime.startOfDay(ConsoleFixture.now)
        for i in d.sources.indices {
            d.sources[i].countsDay = day
            d.sources[i].lastDurationMs = d.sources[i].sourceID == "pakn" ? 2_500 : 12
            d.sources[i].pollsToday = 40
            d.sources[i].failuresToday = d.sources[i].sourceID == "pakn" ? 10 : 0
            d.sources[i].recordsToday = d.sources[i].sourceID == "pakn" ? 0 : 12_345
            if d.sources[i].sourceID == "pakn" {
                d.sources[i].endpoint = "https://pakn.haiphong.gov.vn/api/v1/cases"
                d.sources[i].transportSecurity = .unverified
            }
        }
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        _ = ConsoleUpdate.update(&m, .key(.function(6)))
        return m
    }

    func testF6AndTheCommandOpenItOnce() {
        var m = model()
        XCTAssertEqual(m.screens.last, .sourceList)
        _ = ConsoleUpdate.update(&m, .key(.function(6)))
        XCTAssertEqual(m.screens.count, 1, "F6 on the sources screen stays there")
        _ = ConsoleUpdate.update(&m, .key(.escape))
        XCTAssertTrue(m.screens.isEmpty)
        _ = ConsoleUpdate.update(&m, .key(.character(":")))
        for c in "nguon" { _ = ConsoleUpdate.update(&m, .key(.character(c))) }
        _ = ConsoleUpdate.update(&m, .key(.enter))
        XCTAssertEqual(m.screens.last, .sourceList)
    }

    func testPauseAndPollNowActOnTheSelectedRow() {
        // Rows are the worst first: the down department system, then the simulator.
        let table: [(moves: Int, key: Character, id: String, action: SourceAction)] = [
            (0, "p", "pakn", .pause), (0, "n", "pakn", .pollNow), (1, "p", "simulator", .pause), (1, "n", "simulator", .pollNow),
        ]
        for row in table {
            var m = model()
            for _ in 0..<row.moves { _ = ConsoleUpdate.update(&m, .key(.down)) }
            let effects = ConsoleUpdate.update(&m, .key(.character(row.key)))
            XCTAssertEqual(effects, [.actOnSource(id: row.id, action: row.action, by: m.actor, at: m.now)], "\(row)")
        }
        var viewer = model()
        viewer.actor = Actor(name: "Khách", role: .viewer)
        XCTAssertEqual(ConsoleUpdate.update(&viewer, .key(.character("p"))).refusedActions, ["source.pause"])
    }

    /// Rows go worst first and move as sources fail and recover: the selection stays on the source, so `p` pauses the
    /// one the operator chose.
    func testTheSelectionFollowsItsSourceWhenTheRowsMove() {
        var m = model()
        _ = ConsoleUpdate.update(&m, .key(.down))   // the simulator, second while the department system is down
        var d = try! XCTUnwrap(m.dashboard)
        d.sources = d.sources.map { s in
            var s = s
            if s.sourceID == "pakn" { s.status = .ok; s.lastError = nil }
            if s.sourceID == "simulator" { s.status = .down; s.lastError = "timeout after 10s" }
            return s
        }
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertEqual(m.state(of: ConsoleUpdate.sourceScreenStateID).selected, 0, "the simulator is now first")
        XCTAssertEqual(ConsoleUpdate.update(&m, .key(.character("p"))),
                       [.actOnSource(id: "simulator", action: .pause, by: m.actor, at: m.now)])
    }

    func testEnterOpensTheSelectedSourcesScreen() {
        var m = model()
        _ = ConsoleUpdate.update(&m, .key(.enter))
        guard case .sourceDetail(let s)? = m.screens.last else { return XCTFail("\(m.screens)") }
        XCTAssertEqual(s.sourceID, "pakn")
        let lines = EventListContent.sourceLines(s, model: m)
        XCTAssertTrue(lines.contains("Địa chỉ: https://pakn.haiphong.gov.vn/api/v1/cases"), "\(lines)")
        XCTAssertTrue(lines.contains("Kết nối: ⚠ TLS KHÔNG xác minh (tắt trong cấu hình)"), "\(lines)")
        XCTAssertTrue(lines.contains("Chu kỳ: 30 s"), "\(lines)")
    }

    func testTheScreenAtEightyAndAHundredAndSixtyColumns() {
        assertSnapshot(ConsoleView.render(model(width: 80, height: 24)), variant: "80x24")
        assertSnapshot(ConsoleView.render(model(width: 160, height: 30, language: .en)), variant: "160x30-en")
    }

    /// Issue 17, item 3: pollers that write through a local queue say their backlog on the sources screen's summary
    /// (and on the Data sources panel, the same line): records waiting since when, a report a minute old marked.
    func testThePollersQueuesAreOnTheSummary() {
        let now = ConsoleFixture.now
        let table: [(pollers: [PollerBacklog], language: Language, expected: String?, warns: Bool)] = [
            ([], .en, nil, false),
            ([PollerBacklog(pollerID: "p1", host: "so-gtvt", queued: 0, reportedAt: now - 5)], .en,
             " · Poller queues: so-gtvt empty", false),
            ([PollerBacklog(pollerID: "p1", host: "so-gtvt", queued: 1_234, oldestQueuedAt: now - 300, reportedAt: now - 5),
              PollerBacklog(pollerID: "p2", host: "so-tnmt", queued: 0, reportedAt: now - 5)], .en,
             " · Poller queues: so-gtvt 1,234 waiting since \(VietnamTime.clock(now - 300)) · so-tnmt empty", true),
            ([PollerBacklog(pollerID: "p1", host: "so-gtvt", queued: 12, oldestQueuedAt: now - 600, reportedAt: now - 120)], .vi,
             " · Hàng đợi bộ thu: so-gtvt 12 chờ gửi từ \(VietnamTime.clock(now - 600)) (báo lúc \(VietnamTime.clock(now - 120)))", true),
        ]
        for row in table {
            var m = model(language: row.language)
            var d = ConsoleFixture.dashboard
            d.pollers = row.pollers
            _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
            let summary = SourceListContent.table(d, model: m).summary ?? ""
            if let expected = row.expected {
                XCTAssertTrue(summary.hasSuffix(expected), "\(summary)")
            } else {
                XCTAssertFalse(summary.contains("Poller") || summary.contains("bộ thu"), summary)
            }
            let severity = SourceListContent.table(d, model: m).summarySeverity
            if row.warns { XCTAssertNotEqual(severity, .normal, "\(row.pollers)") }
        }
    }
}
