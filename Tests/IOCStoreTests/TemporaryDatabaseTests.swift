import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

final class TemporaryDatabaseSQLiteTests: XCTestCase {
    func testPathsAreUniqueAndRemoveDeletesTheFileWithItsCompanions() throws {
        let temp = TemporaryDatabase()
        XCTAssertNotEqual(temp.path, TemporaryDatabase().path)
        let store = try temp.openStore()
        try store.ingestObservations([Observation(seriesKey: "x", time: Date(), value: 1)], sourceID: "t")
        XCTAssertTrue(FileManager.default.fileExists(atPath: temp.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: temp.path + "-wal"))
        temp.remove()
        for suffix in ["", "-wal", "-shm"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path + suffix), "left \(suffix)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.folder))
        temp.remove()
    }

    func testDeinitRemovesTheFolder() throws {
        var folder = ""
        do {
            let temp = TemporaryDatabase()
            folder = temp.folder
            _ = try temp.openStore()
            XCTAssertTrue(FileManager.default.fileExists(atPath: temp.path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder))
    }
}
