import Foundation
import IOCDomain
import XCTest
@testable import IOCStore

/// Issue 15, item 5: the database is private from its first byte — a folder it makes 0700, the file 0600, its WAL and
/// shared-memory files the same — and anything more open is found, with the command that closes it.
final class DatabaseFilesTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-files-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func testANewDatabaseIsPrivateFileWALAndFolder() throws {
        let path = root.appendingPathComponent("data/ioc/city.sqlite").path
        let store = try CityStore(path: path)
        try store.registerSource(SourceHealth(sourceID: "s", name: "S", kind: "simulator"))
        XCTAssertEqual(try mode(path), 0o600)
        XCTAssertEqual(try mode(path + "-wal"), 0o600, "SQLite gives the WAL the file's mode")
        XCTAssertEqual(try mode(path + "-shm"), 0o600)
        XCTAssertEqual(try mode(root.appendingPathComponent("data/ioc").path), 0o700)
        XCTAssertEqual(try mode(root.appendingPathComponent("data").path), 0o700)
        XCTAssertEqual(DatabaseFiles.openToOthers(path: path), [])
    }

    func testWhatIsOpenIsNamedWithItsMend() throws {
        let path = root.appendingPathComponent("city.sqlite").path
        _ = try CityStore(path: path)
        chmod(path, 0o644)
        chmod(root.path, 0o755)
        let open = DatabaseFiles.openToOthers(path: path)
        XCTAssertEqual(open.map(\.path), [path, root.path])
        XCTAssertEqual(open.first?.text(.en), "\(path) is open to other accounts (mode 644): chmod 600 '\(path)'")
        XCTAssertEqual(open.last?.text(.vi),
                       "thư mục cơ sở dữ liệu \(root.path) mở cho tài khoản khác (quyền 755): chmod 700 '\(root.path)'")
        // An existing file keeps the mode its owner gave it: opening never widens nor silently narrows it.
        _ = try CityStore(path: path)
        XCTAssertEqual(try mode(path), 0o644)
    }
}
