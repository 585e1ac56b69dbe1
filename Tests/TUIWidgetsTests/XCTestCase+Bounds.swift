import TUICore
import XCTest

extension XCTestCase {
    /// Draws into every area from 0×0 to `maxWidth`×`maxHeight` placed inside a buffer full of "x", and fails
    /// if any cell outside the area changed (so the widget never overflows and never crashes).
    func assertStaysInside(
        maxWidth: Int = 14, maxHeight: Int = 6, file: StaticString = #filePath, line: UInt = #line,
        _ draw: (inout Buffer, Rect) -> Void
    ) {
        for width in 0...maxWidth {
            for height in 0...maxHeight {
                var buffer = Buffer(width: maxWidth + 4, height: maxHeight + 2)
                buffer.fill(buffer.area, style: .plain, grapheme: "x")
                let area = Rect(x: 2, y: 1, width: width, height: height)
                draw(&buffer, area)
                for y in 0..<buffer.height {
                    for x in 0..<buffer.width where !area.contains(x: x, y: y) && buffer[x, y].grapheme != "x" {
                        XCTFail("\(width)×\(height): cell (\(x),\(y)) outside the area changed to "
                                + "\"\(buffer[x, y].grapheme)\"\n" + SnapshotText.render(buffer), file: file, line: line)
                        return
                    }
                }
            }
        }
    }
}
