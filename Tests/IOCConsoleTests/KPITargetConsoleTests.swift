import Foundation
@testable import IOCConsole
import IOCDomain
import TUIWidgets
import XCTest

/// The console judges the dossier target by the same table as the wall, and names incident categories as it does.
final class KPITargetConsoleTests: XCTestCase {
    func testExactly95PercentWarns() {
        XCTAssertEqual(PanelContent.severity(onTime: 95.0), .warning)
        XCTAssertEqual(PanelContent.severity(onTime: 95.1), .normal)
        XCTAssertEqual(PanelContent.severity(onTime: 89.9), .critical)
    }

    /// The public-order panel's summary says the categories' full names, as the wall does.
    func testTheSummaryNamesCategoriesAsTheWallDoes() {
        for (language, words) in [(Language.vi, ["Tai nạn giao thông 2", "Ngập úng 1"]), (.en, ["Traffic accidents 2", "Flooding 1"])] {
            let m = ConsoleFixture.model(width: 200, height: 60, language: language)
            let summary = PanelContent.publicOrder(m.dashboard!, model: m).summary ?? ""
            for w in words { XCTAssertTrue(summary.contains(w), "\(language): \(summary)") }
        }
    }
}
