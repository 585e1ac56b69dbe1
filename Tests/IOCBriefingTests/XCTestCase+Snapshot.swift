import IOCTestSupport
import TUICore
import XCTest

extension XCTestCase {
    /// Fails the test when `buffer` differs from its recorded snapshot.
    func assertSnapshot(
        _ buffer: Buffer, styles: Bool = false, variant: String? = nil,
        testName: String = #function, filePath: StaticString = #filePath, line: UInt = #line
    ) {
        if let message = SnapshotAssertion.verify(
            buffer: buffer, styles: styles, testName: testName, variant: variant, filePath: "\(filePath)")
        {
            XCTFail(message, file: filePath, line: line)
        }
    }
}
