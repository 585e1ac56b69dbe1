import TUICore
import XCTest

final class BufferDiffTests: XCTestCase {
    private func sample() -> Buffer {
        var buffer = Buffer(width: 8, height: 3)
        buffer.write("Hà Nội", x: 0, y: 0, style: Style(attributes: .bold))
        buffer.write("中文", x: 2, y: 1, style: .plain)
        return buffer
    }

    func testIdenticalBuffersHaveNoChanges() {
        XCTAssertEqual(BufferDiff.changes(from: sample(), to: sample()), [])
    }

    func testOneChangedCellGivesExactlyOneChange() {
        var new = sample()
        new.write("x", x: 7, y: 2, style: .plain)
        XCTAssertEqual(BufferDiff.changes(from: sample(), to: new),
                       [CellChange(x: 7, y: 2, cell: Cell(grapheme: "x", width: 1))])
    }

    func testStyleOnlyChangeIsReported() {
        var new = sample()
        new.setStyle(Rect(x: 0, y: 2, width: 1, height: 1), Style(attributes: .reverse))
        XCTAssertEqual(BufferDiff.changes(from: sample(), to: new).map(\.x), [0])
    }

    func testNoOldBufferOrResizeGivesEveryCellButContinuations() {
        let new = sample()
        XCTAssertEqual(BufferDiff.changes(from: nil, to: new).count, 8 * 3 - 2)
        XCTAssertEqual(BufferDiff.changes(from: Buffer(width: 3, height: 3), to: new).count, 8 * 3 - 2)
    }

    func testWideGraphemeIsOneChangeAtItsHead() {
        let old = Buffer(width: 4, height: 1)
        var new = old
        new.write("中", x: 1, y: 0, style: .plain)
        XCTAssertEqual(BufferDiff.changes(from: old, to: new),
                       [CellChange(x: 1, y: 0, cell: Cell(grapheme: "中", width: 2))])
    }

    func testWideGraphemeReplacedByNarrowOnesRedrawsBothHalves() {
        var old = Buffer(width: 4, height: 1)
        old.write("中", x: 1, y: 0, style: .plain)
        var new = Buffer(width: 4, height: 1)
        new.write("ab", x: 1, y: 0, style: .plain)
        XCTAssertEqual(BufferDiff.changes(from: old, to: new).map(\.x), [1, 2])
    }

    func testWideGraphemeShiftedRightRedrawsTheUncoveredHalf() {
        var old = Buffer(width: 4, height: 1)
        old.write("中", x: 0, y: 0, style: .plain)
        var new = Buffer(width: 4, height: 1)
        new.write("中", x: 1, y: 0, style: .plain)
        let changes = BufferDiff.changes(from: old, to: new)
        XCTAssertEqual(changes.map(\.x), [0, 1])
        XCTAssertEqual(changes[0].cell, .blank)
    }
}
