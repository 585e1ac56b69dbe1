import TUICore
import XCTest

/// Rows drawn again in place list the changes `BufferDiff` lists for the whole frame, when only those rows moved.
final class RedrawRowsTests: XCTestCase {
    func testChangesInRedrawnRowsAreTheWholeFrameDiff() {
        var frame = Buffer(width: 12, height: 4)
        frame.write("10:00:01 地x", x: 0, y: 0, style: .plain)
        frame.write("body", x: 0, y: 1, style: .plain)
        frame.write("footer 9s", x: 0, y: 3, style: .plain)
        let before = frame
        var inPlace = frame
        let draw: (inout Buffer) -> Void = { b in
            b.write("10:00:02 地y", x: 0, y: 0, style: .plain)
            b.write("footer 8s", x: 0, y: 3, style: Style(attributes: .bold))
        }
        var whole = frame
        draw(&whole)
        let changes = inPlace.redrawRows([0, 3], draw)
        XCTAssertEqual(inPlace, whole)
        XCTAssertEqual(changes, BufferDiff.changes(from: before, to: whole))
        XCTAssertFalse(changes.isEmpty)
        XCTAssertEqual(inPlace.redrawRows([0, 3], draw), [], "nothing moved the second time")
    }
}
