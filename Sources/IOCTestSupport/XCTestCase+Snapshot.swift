import TUICore
import XCTest

extension XCTestCase {
    /// Fails the test when `buffer` differs from its recorded snapshot (`SnapshotAssertion`), in the
    /// `__Snapshots__` folder beside the test file.
    public func assertSnapshot(
        _ buffer: Buffer, styles: Bool = false, variant: String? = nil,
        testName: String = #function, filePath: StaticString = #filePath, line: UInt = #line
    ) {
        if let message = SnapshotAssertion.verify(
            buffer: buffer, styles: styles, testName: testName, variant: variant, filePath: "\(filePath)")
        {
            XCTFail(message, file: filePath, line: line)
        }
    }

    /// Fails the test when two frames differ, naming the first row that differs and showing both (a dump of the
    /// cells would run to megabytes). `rows` limits the comparison.
    public func assertSameFrame(_ frame: Buffer, _ expected: Buffer, rows: [Int]? = nil, _ message: @autoclosure () -> String = "",
                                file: StaticString = #filePath, line: UInt = #line) {
        guard frame.width == expected.width, frame.height == expected.height else {
            return XCTFail("\(message()): \(frame.width)×\(frame.height), not \(expected.width)×\(expected.height)",
                           file: file, line: line)
        }
        for y in rows ?? Array(0..<expected.height) where (0..<expected.width).contains(where: { frame[$0, y] != expected[$0, y] }) {
            return XCTFail("\(message()): row \(y) is\n\(frame.rowText(y))\nnot\n\(expected.rowText(y))"
                           + (frame.rowText(y) == expected.rowText(y) ? "\n(the same text: the styles differ)" : ""),
                           file: file, line: line)
        }
    }
}
