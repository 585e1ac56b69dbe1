import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 1: a filter never hides alarms unseen. `/` starts a fresh filter, Esc and Ctrl-U clear it, the
/// header says what it hides and counts only what it shows; the logbook search behaves the same.
final class FilterKeysTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    private func filter(_ m: inout ConsoleModel, _ text: String) {
        _ = send(&m, .character("/"))
        _ = type(&m, text)
        _ = send(&m, .enter)
    }

    func testSlashStartsAFreshFilterInsteadOfAppending() {
        var m = ConsoleFixture.modelWithAlarms()
        filter(&m, "le chan")
        _ = send(&m, .character("/"))
        XCTAssertEqual(m.prompt?.text, "", "the old filter is not in the prompt to be appended to")
        _ = type(&m, "cau rao")
        _ = send(&m, .enter)
        XCTAssertEqual(m.alarmFilter, "cau rao")
    }

    func testEscapeAndControlUClearTheFilter() {
        // (keys after a "le chan" filter, the filter left)
        let table: [([KeyEvent], String?, String)] = [
            ([.character("/"), .escape], nil, "Esc on the filter question: no filter"),
            ([.escape], nil, "Esc on the filtered list: the filter goes first"),
            ([.character("/"), .character("x"), .control("u"), .enter], nil, "Ctrl-U empties the question; an empty Enter clears"),
            ([.character("/"), .enter], nil, "an empty Enter clears"),
            ([.down], "le chan", "moving keeps it"),
        ]
        for (keys, expected, why) in table {
            var m = ConsoleFixture.modelWithAlarms()
            filter(&m, "le chan")
            for k in keys { _ = send(&m, k) }
            XCTAssertEqual(m.alarmFilter, expected, why)
            XCTAssertNil(m.prompt, why)
        }
    }

    func testLeavingTheAlarmScreenTakesItsFilterAlong() {
        var m = ConsoleFixture.modelWithAlarms()
        m.focusIndex = m.activePanels.firstIndex { $0.kind == .government } ?? 0
        _ = send(&m, .function(2))
        filter(&m, "le chan")
        _ = send(&m, .escape)
        XCTAssertNil(m.alarmFilter)
        XCTAssertEqual(m.screens, [.alarmList], "the first Esc clears the filter, the second leaves")
        _ = send(&m, .escape)
        XCTAssertTrue(m.screens.isEmpty)
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Mực nước Cầu Rào"), "the dashboard's alarm panel shows every alarm:\n\(text)")
    }

    func testTheHeaderNamesTheFilterWhatItHidesAndCountsOnlyWhatItShows() {
        var m = ConsoleFixture.modelWithAlarms(width: 300, height: 40)
        _ = send(&m, .function(2))
        filter(&m, "cau rao")
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("⌕ Lọc “cau rao”: 1/3, ẩn 2 (Esc bỏ lọc) · Chưa xác nhận 0 · Đã xác nhận 1 · Tạm gác/triệt/ngừng 0"), text)
        m.language = .en
        let en = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(en.contains("⌕ Filter “cau rao”: 1/3, 2 hidden (Esc clears) · Unacknowledged 0 · Acknowledged 1 · Shelved/suppressed/OOS 0"), en)
    }

    func testLogbookSearchStartsFreshAndEscOrAnEmptyEnterClearsIt() {
        var m = ConsoleFixture.model()
        m.actor = Actor(name: "Lan", role: .operator)
        _ = send(&m, .function(4))
        _ = send(&m, .character("/"))
        _ = type(&m, "ha noi")
        XCTAssertEqual(send(&m, .enter), [.loadLog(LogQuery(search: "ha noi", limit: 500))])
        _ = send(&m, .character("/"))
        XCTAssertEqual(m.prompt?.text, "", "a fresh search")
        _ = type(&m, "dong da")
        XCTAssertEqual(send(&m, .enter), [.loadLog(LogQuery(search: "dong da", limit: 500))], "not “ha noidong da”")
        _ = send(&m, .character("/"))
        XCTAssertEqual(send(&m, .enter), [.loadLog(LogQuery(limit: 500))], "the hint's empty Enter clears the search")
        _ = send(&m, .character("/"))
        _ = type(&m, "x")
        _ = send(&m, .enter)
        XCTAssertEqual(send(&m, .escape), [.loadLog(LogQuery(limit: 500))], "Esc on the list clears the search first")
        guard case .logbook? = m.screens.last else { return XCTFail("still on the logbook") }
        _ = send(&m, .character("/"))
        _ = type(&m, "y")
        _ = send(&m, .enter)
        XCTAssertEqual(send(&m, .character("/"), .escape), [.loadLog(LogQuery(limit: 500))], "Esc on the search question clears it")
    }
}
