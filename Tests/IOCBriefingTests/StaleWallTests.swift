import IOCTestSupport
import Foundation
import IOCBriefing
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 9: the wall showed 13-day-old data as current ("Số liệu lúc 08:15:00", no date, no banner). The
/// clock is injected: the fixture's data came in 2 s before `BriefingFixture.now`, and the wall's `now` moves.
final class StaleWallTests: XCTestCase {
    private let day: TimeInterval = 86400

    /// The fixture's data seen from `later` seconds after the fixture's moment.
    private func wall(after later: TimeInterval, width: Int = 300, height: Int = 80, slide: Int = 0,
                      language: Language = .vi) -> BriefingModel {
        var m = BriefingFixture.model(width: width, height: height, slide: slide, language: language)
        BriefingUpdate.update(&m, .tick(BriefingFixture.now.addingTimeInterval(later)))
        m.slide = slide
        return m
    }

    private func screen(_ m: BriefingModel) -> String { SnapshotText.render(BriefingView.render(m)) }

    /// Thirteen days later: a banner across the wall, the data time with its date, in both languages.
    func testThirteenDayOldDataPutsABannerOnTheWall() {
        assertSnapshot(BriefingView.render(wall(after: 13 * day)), variant: "vi-300x80")
        assertSnapshot(BriefingView.render(wall(after: 13 * day, width: 160, height: 48, slide: 2, language: .en)),
                       variant: "en-160x48")
        assertSnapshot(BriefingView.render(wall(after: 13 * day, width: 80, height: 24, slide: 4)), variant: "vi-80x24")
        let vi = screen(wall(after: 13 * day))
        XCTAssertTrue(vi.contains("Số liệu lúc 18/11/2026 18:06:38"), vi)
        XCTAssertTrue(vi.contains("Không có số liệu mới từ 18/11/2026 18:06:38 (13 ngày)"), vi)
        let en = screen(wall(after: 13 * day, language: .en))
        XCTAssertTrue(en.contains("Data at 18/11/2026 18:06:38"), en)
        XCTAssertTrue(en.contains("No new data since 18/11/2026 18:06:38 (13 days)"), en)
        for word in ["Số liệu", "Không có", "ngày", "CŨ", "Trang"] { XCTAssertFalse(en.contains(word), "\(word) in English:\n\(en)") }
    }

    /// Current data: no banner and a bare clock time, as before.
    func testCurrentDataHasNoBannerAndNoDate() {
        let text = screen(wall(after: 0))
        XCTAssertTrue(text.contains("Số liệu lúc 18:06:38 "), text)
        XCTAssertFalse(text.contains("Không có số liệu mới"), text)
    }

    /// The one rule (`DataFreshness`): the simulator polls every second, so its data is old after 2 minutes.
    func testTheBannerComesWithTheStalenessRule() {
        // The data came in at now − 2 s: 118 s later it is 120 s old (not yet stale), 119 s later 121 s (stale).
        for (later, stale) in [(0.0, false), (118.0, false), (119.0, true), (3600.0, true)] {
            XCTAssertEqual(screen(wall(after: later, width: 160, height: 48)).contains("Không có số liệu mới"), stale, "\(later) s")
        }
    }

    /// A data time from yesterday carries its date even while it is still current (just after midnight).
    func testDataFromYesterdayCarriesItsDateWithoutABanner() {
        // Six hours later it is 00:06:40 on the 19th: data from 18:06:38 on the 18th is yesterday's. From a source
        // polled every 8 hours it is still current.
        var m = wall(after: 6 * 3600)
        var data = BriefingFixture.dashboard
        data.sources = data.sources.map { var s = $0; s.intervalSeconds = 8 * 3600; return s }
        BriefingUpdate.update(&m, .dashboardLoaded(data))
        let text = screen(m)
        XCTAssertTrue(text.contains("Số liệu lúc 18/11/2026 18:06:38"), text)
        XCTAssertFalse(text.contains("Không có số liệu mới"), text)
    }

    /// Frozen data is judged when it was frozen: holding current figures on purpose shows no banner an hour later.
    func testFrozenCurrentDataHasNoBanner() {
        var m = wall(after: 0)
        BriefingUpdate.update(&m, .key(.character("f")))
        BriefingUpdate.update(&m, .tick(BriefingFixture.now.addingTimeInterval(3600)))
        let text = screen(m)
        XCTAssertTrue(text.contains("ĐÓNG BĂNG TỪ 18:06:40"), text)
        XCTAssertFalse(text.contains("Không có số liệu mới"), text)
    }
}
