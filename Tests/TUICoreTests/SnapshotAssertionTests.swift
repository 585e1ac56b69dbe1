import Foundation
import IOCTestSupport
import XCTest

final class SnapshotAssertionTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "snapshot-assertion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testMissingSnapshotFailsAndSaysHowToRecord() throws {
        let message = try XCTUnwrap(SnapshotAssertion.verify(
            "abc\n", testName: "testThing()", filePath: directory + "/ThingTests.swift", environment: [:]))
        XCTAssertTrue(message.contains("IOC_RECORD_SNAPSHOTS=1"), message)
        XCTAssertTrue(message.contains("__Snapshots__/testThing.txt"), message)
    }

    func testRecordingWritesTheFileAndStillFails() throws {
        let file = directory + "/ThingTests.swift"
        let recorded = SnapshotAssertion.verify(
            "Hà Nội\n", testName: "testThing()", variant: "wide", filePath: file,
            environment: ["IOC_RECORD_SNAPSHOTS": "1"])
        XCTAssertNotNil(recorded)
        let path = directory + "/__Snapshots__/testThing.wide.txt"
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Hà Nội\n")
        XCTAssertNil(SnapshotAssertion.verify(
            "Hà Nội\n", testName: "testThing()", variant: "wide", filePath: file, environment: [:]))
    }

    func testDifferenceIsShownLineByLine() throws {
        let file = directory + "/ThingTests.swift"
        _ = SnapshotAssertion.verify("a\nb\n", testName: "testDiff()", filePath: file,
                                     environment: ["IOC_RECORD_SNAPSHOTS": "1"])
        let message = try XCTUnwrap(SnapshotAssertion.verify(
            "a\nc\n", testName: "testDiff()", filePath: file, environment: [:]))
        XCTAssertTrue(message.contains("-2|b|\n+2|c|"), message)
    }
}
