import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 16: a message on the bottom line is about the last action only: it goes at the next key, or when
/// its time is up on the model's clock.
final class FlashExpiryTests: XCTestCase {
    private let now = ConsoleFixture.now

    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    func testAMessageGoesAtTheNextKeyOrWhenItsTimeIsUp() {
        // (message, then: ticks after it in seconds and keys, whether it still shows)
        let table: [(error: Bool, seconds: Double?, keys: [KeyEvent], shows: Bool, why: String)] = [
            (true, 9, [], true, "an error waits for an operator who looked away"),
            (true, 11, [], false, "but not for ever (injected clock)"),
            (false, 5, [], true, "a confirmation shows a few seconds"),
            (false, 7, [], false, "then goes"),
            (true, nil, [.down], false, "a later action takes an old error away"),
            (false, nil, [.tab], false, "and an old confirmation"),
        ]
        for row in table {
            var m = ConsoleFixture.model()
            _ = ConsoleUpdate.update(&m, row.error ? .failed("Lỗi đọc CSDL: busy") : .themeLoaded(m.theme))
            XCTAssertNotNil(m.flash, row.why)
            if let s = row.seconds { _ = ConsoleUpdate.update(&m, .tick(now.addingTimeInterval(s))) }
            for k in row.keys { _ = send(&m, k) }
            XCTAssertEqual(m.flash != nil, row.shows, row.why)
            let bottom = SnapshotText.render(ConsoleView.render(m)).split(separator: "\n").last.map(String.init) ?? ""
            XCTAssertEqual(bottom.contains("✖"), row.shows && row.error, "\(row.why): \(bottom)")
        }
    }

    func testAKeyThatFailsSaysSoAfterClearingTheOldMessage() {
        var m = ConsoleFixture.modelWithAlarms()
        _ = ConsoleUpdate.update(&m, .failed("cũ"))
        _ = send(&m, .character(":"))
        _ = type(&m, "xyz")
        _ = send(&m, .enter)
        XCTAssertEqual(m.flash?.hasPrefix("Lệnh không rõ: xyz"), true, m.flash ?? "")
    }
}
