import Foundation
import IOCTestSupport
import XCTest

/// The simulator's source name and its generated event titles come in both languages (issue 12, clean English):
/// an English console shows no Vietnamese simulator words; place, agency and corridor names stay as data.
final class SimulatorEnglishEndToEndTests: XCTestCase {
    /// Vietnamese words the simulator writes into source names and event titles.
    static let simulatorWords = ["Mô phỏng", " chỉ đạo ", "Va chạm giao thông", "Ùn tắc kéo dài", "Ngập úng", "Cháy ",
                                 "Mất điện", "Gây rối", "Tai nạn gây ùn tắc", "Chủ tịch UBND", " tại "]

    private func snapshot(_ arguments: String) -> String {
        let run = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --seed 2025 --at 2026-11-23T08:15:00+07:00 \(arguments)")
        XCTAssertEqual(run.status, 0, run.error)
        return run.output
    }

    func testAnEnglishConsoleShowsTheSimulatorsNameAndTitlesInEnglish() {
        for size in ["132x40", "200x60", "300x80"] {
            let en = snapshot("--lang en --size \(size)")
            XCTAssertTrue(en.contains("Simulated Hải Ph"), "\(size): the source in English")
            for word in Self.simulatorWords {
                XCTAssertFalse(en.contains(word), "\(size): '\(word)' in English")
            }
        }
        let vi = snapshot("--size 200x60")
        XCTAssertTrue(vi.contains("Mô phỏng Hải Phòng"), "the Vietnamese source name")
        XCTAssertTrue(vi.contains("Chỉ đạo quá hạn: Chủ tịch UBND"), "Vietnamese directive titles")
    }
}
