import Foundation
import IOCStorePostgres
import XCTest

/// `--db postgres://…`: what is read from the URL, what is refused, where the password may come from.
final class PostgresLocationTests: XCTestCase {
    func testURLsAndWhatTheyMean() throws {
        let table: [(String, [String: String], String, PostgresLocation.TLSMode, String?)] = [
            ("postgres://ioc@127.0.0.1/city", [:], "postgres://ioc@127.0.0.1:5432/city", .disable, nil),
            ("postgresql://ioc@db.ioc.haiphong.gov.vn:6432/ioc", [:], "postgres://ioc@db.ioc.haiphong.gov.vn:6432/ioc", .require, nil),
            ("postgres://ioc@db.example/ioc?sslmode=prefer", ["PGPASSWORD": "s3cret"], "postgres://ioc@db.example:5432/ioc", .prefer, "s3cret"),
            ("postgres://ioc@localhost/ioc?sslmode=require", [:], "postgres://ioc@localhost:5432/ioc", .require, nil),
        ]
        for (url, environment, shown, tls, password) in table {
            let location = try PostgresLocation.parse(url, environment: environment)
            XCTAssertEqual(location.description, shown, url)
            XCTAssertEqual(location.tls, tls, url)
            XCTAssertEqual(location.password, password, url)
            XCTAssertFalse(location.description.contains("s3cret"))
        }
    }

    func testMistakesAreRefusedSayingWhatToWrite() {
        let table: [(String, String)] = [
            ("postgres://ioc:s3cret@db.example/ioc", "remove it and set PGPASSWORD"),
            ("postgres://db.example/ioc", "names no user"),
            ("postgres://ioc@db.example/", "names no database"),
            ("postgres://ioc@db.example/ioc?sslmode=maybe", "sslmode must be disable, prefer or require"),
            ("postgres://ioc@db.example/ioc?password=x", "unknown URL parameter 'password'"),
            ("mysql://ioc@db.example/ioc", "expected postgres://"),
        ]
        for (url, message) in table {
            XCTAssertThrowsError(try PostgresLocation.parse(url, environment: [:]), url) { error in
                XCTAssertTrue("\(error)".contains(message), "\(url): \(error)")
                XCTAssertFalse("\(error)".contains("s3cret"), "the password is never repeated: \(error)")
            }
        }
    }

    func testAPasswordFileOnlyItsOwnerMayRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pg.pass").path
        try "s3cret\nignored\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let url = "postgres://ioc@db.example/ioc?password_file=\(file)"
        XCTAssertEqual(try PostgresLocation.parse(url, environment: ["PGPASSWORD": "other"]).password, "s3cret",
                       "the file's first line, before the environment")
        chmod(file, 0o640)
        XCTAssertThrowsError(try PostgresLocation.parse(url, environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("may be read by others (mode 640): chmod 600 it"), "\(error)")
        }
        XCTAssertThrowsError(try PostgresLocation.parse("postgres://ioc@db.example/ioc?password_file=\(folder.path)/none",
                                                        environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("cannot read the password file"), "\(error)")
        }
    }
}
