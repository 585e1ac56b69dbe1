import TUICore
import XCTest

final class BufferRecycledTests: XCTestCase {
    private func used(width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        buffer.write("old frame", x: 0, y: 0, style: Style())
        return buffer
    }

    /// (spare, size asked) -> (buffer given, spare after).
    func testASpareOfTheSameSizeIsReusedAndASpareOfAnotherSizeIsNot() {
        var spare: Buffer? = used(width: 20, height: 5)
        let reused = Buffer.recycled(&spare, width: 20, height: 5)
        XCTAssertNil(spare, "the buffer handed out is the only reference")
        XCTAssertEqual(reused, used(width: 20, height: 5), "reused as it was: its renderer overwrites it whole")

        spare = used(width: 20, height: 5)
        let resized = Buffer.recycled(&spare, width: 30, height: 5)
        XCTAssertNil(spare)
        XCTAssertEqual(resized, Buffer(width: 30, height: 5), "another size: a new, blank buffer")

        spare = nil
        XCTAssertEqual(Buffer.recycled(&spare, width: 4, height: 2), Buffer(width: 4, height: 2))
        XCTAssertEqual(Buffer.recycled(&spare, width: -3, height: 2), Buffer(width: 0, height: 2), "sizes clamped as in init")
    }
}
