import Foundation
import IOCTestSupport
import TUICore
import XCTest

/// The presenter on a recording terminal: what reaches the screen is always the frame, whole frames and clock-only
/// seconds alike, and a clock-only second sends only the clock's cells.
final class FramePresenterTests: XCTestCase {
    /// A screen of three rows: a clock on top, a body that shows the model's revision, a footer countdown.
    private func frame(revision: Int, second: Int, width: Int = 20) -> Buffer {
        var b = Buffer(width: width, height: 3)
        draw(revision: revision, second: second, into: &b)
        return b
    }

    private func draw(revision: Int, second: Int, into b: inout Buffer) {
        b.fill(b.area, style: .plain)
        b.write("10:00:\(String(format: "%02d", second))", x: 0, y: 0, style: .plain)
        b.write("data v\(revision) 地", x: 0, y: 1, style: .plain)
        b.write("next in \(30 - second)s", x: 0, y: 2, style: .plain)
    }

    private func clock(second: Int, into b: inout Buffer) {
        b.fill(Rect(x: 0, y: 0, width: b.width, height: 1), style: .plain)
        b.write("10:00:\(String(format: "%02d", second))", x: 0, y: 0, style: .plain)
        b.fill(Rect(x: 0, y: 2, width: b.width, height: 1), style: .plain)
        b.write("next in \(30 - second)s", x: 0, y: 2, style: .plain)
    }

    func testTheScreenIsAlwaysTheFrameAndClockSecondsSendOnlyTheClock() {
        let terminal = RecordingTerminal(width: 20, height: 3)
        let presenter = FramePresenter(terminal: terminal)
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        XCTAssertFalse(presenter.hasFrame)
        // (revision, second, whole frame expected)
        let steps: [(Int, Int, Bool)] = [(1, 0, true), (1, 1, false), (1, 2, false), (2, 3, true), (2, 4, false),
                                         (2, 14, true), (2, 15, false), (3, 16, true)]
        for (revision, second, whole) in steps {
            let drewWhole = presenter.present(
                revision: revision, now: t0 + Double(second), width: 20, height: 3, clockRows: [0, 2],
                clock: { clock(second: second, into: &$0) },
                whole: { draw(revision: revision, second: second, into: &$0) })
            XCTAssertEqual(drewWhole, whole, "revision \(revision) at +\(second) s")
            assertSameFrame(terminal.screen, frame(revision: revision, second: second), "revision \(revision) at +\(second) s")
            if !whole {
                XCTAssertTrue(terminal.draws.last!.allSatisfy { $0.y == 0 || $0.y == 2 }, "only the clock's rows are sent")
            }
        }
        XCTAssertTrue(presenter.hasFrame)
        // After the terminal was cleared, the whole frame again, all of it sent.
        presenter.invalidate()
        XCTAssertEqual(terminal.invalidations, 1)
        presenter.present(revision: 3, now: t0 + 17, width: 20, height: 3, clockRows: [0, 2],
                          clock: { clock(second: 17, into: &$0) }, whole: { draw(revision: 3, second: 17, into: &$0) })
        assertSameFrame(terminal.screen, frame(revision: 3, second: 17), "after a clear")
        XCTAssertEqual(terminal.draws.last!.count, 20 * 3 - 1, "every cell but the wide grapheme's continuation")
        // A new size is a whole frame.
        terminal.resize(width: 24, height: 3)
        XCTAssertTrue(presenter.present(revision: 3, now: t0 + 18, width: 24, height: 3, clockRows: [0, 2],
                                        clock: { clock(second: 18, into: &$0) },
                                        whole: { draw(revision: 3, second: 18, into: &$0) }))
        assertSameFrame(terminal.screen, frame(revision: 3, second: 18, width: 24), "after a resize")
    }
}
