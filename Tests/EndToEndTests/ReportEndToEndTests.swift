import Foundation
import IOCTestSupport
import XCTest

/// `ioc report` from the shell on a simulated city: each format, both languages, a file written private, and the
/// refusals (a period that is not one, an unknown format, a missing database) with their exit codes.
final class ReportEndToEndTests: XCTestCase {
    func ioc(_ arguments: String, db: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) report \(arguments) --db '\(db)'")
    }

    func testFormatsLanguagesOutputAndRefusals() throws {
        let temp = TemporaryDatabase(name: "report.sqlite")
        defer { temp.remove() }
        let db = temp.path
        let fill = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --db '\(db)' --at 2026-10-20T09:00:00+07:00")
        XCTAssertEqual(fill.status, 0, fill.error)

        let md = ioc("--period month --of 2026-10", db: db)
        XCTAssertEqual(md.status, 0, md.error)
        XCTAssertTrue(md.output.hasPrefix("# Báo cáo hoạt động Trung tâm Giám sát, điều hành thông minh — tháng 10/2026"), md.output)
        XCTAssertTrue(md.output.contains("| Hạng | Cơ quan | Phải giải quyết |"), md.output)
        XCTAssertTrue(md.output.contains("| 1 |"), "agencies ranked: \(md.output)")
        XCTAssertTrue(md.output.contains(". Phản ánh, kiến nghị của người dân\n"), md.output)

        let en = ioc("--period quarter --of 2026-Q4 --lang en", db: db)
        XCTAssertEqual(en.status, 0, en.error)
        XCTAssertTrue(en.output.hasPrefix("# IOC operations report — Q4 2026"), en.output)
        for word in ["Báo cáo", "Cảnh báo", "Hồ sơ", "Hạng", "kỳ trước", "Đúng hạn"] {
            XCTAssertFalse(en.output.contains(word), "no Vietnamese UI text: \(word)")
        }

        let json = ioc("--from 2026-10-01 --to 2026-10-20 --format json", db: db)
        XCTAssertEqual(json.status, 0, json.error)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        XCTAssertEqual((root["period"] as? [String: Any])?["kind"] as? String, "range")
        XCTAssertEqual((root["previousPeriod"] as? [String: Any])?["start"] as? String, "2026-09-11")
        let tables = (root["sections"] as? [[String: Any]] ?? []).flatMap { $0["tables"] as? [[String: Any]] ?? [] }
        let agencies = try XCTUnwrap(tables.first { $0["id"] as? String == "dossiers" }?["rows"] as? [[String: Any]])
        XCTAssertGreaterThan(agencies.count, 1, "the simulated city's dossiers and the total")

        let file = temp.path + ".csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let written = ioc("--of 2026-10 --format csv --output '\(file)' --lang en", db: db)
        XCTAssertEqual(written.status, 0, written.error)
        XCTAssertEqual(written.output.trimmingCharacters(in: .whitespacesAndNewlines), "Report for October 2026 written to \(file)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("section,source_id,source,polls,failures,availability,"))

        // A file that was open to others is replaced by a private one; a folder that is not there is said.
        XCTAssertEqual(chmod(file, 0o644), 0)
        XCTAssertEqual(ioc("--of 2026-10 --format csv --output '\(file)'", db: db).status, 0)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let nowhere = ioc("--output '\(temp.path).missing/report.md' --lang en", db: db)
        XCTAssertEqual(nowhere.status, 3)
        XCTAssertTrue(nowhere.error.contains("cannot write \(temp.path).missing/report.md: No such file or directory"), nowhere.error)

        let bad = ioc("--period month --of 2026-13", db: db)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.error.contains("kỳ báo cáo không hợp lệ: \"2026-13\""), bad.error)
        XCTAssertEqual(bad.output, "", "errors go to stderr")
        let badEN = ioc("--from 2026-10-05 --to 2026-10-01 --lang en", db: db)
        XCTAssertEqual(badEN.status, 2)
        XCTAssertTrue(badEN.error.contains("--to 2026-10-01 is before --from 2026-10-05"), badEN.error)
        XCTAssertEqual(ioc("--format pdf", db: db).status, 2)
        let future = ioc("--period year --of 2999 --lang en", db: db)
        XCTAssertEqual(future.status, 2)
        XCTAssertTrue(future.error.contains("2999 has not begun"), future.error)
        let missing = ioc("", db: temp.path + ".nope")
        XCTAssertEqual(missing.status, 3, missing.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path + ".nope"), "a report never creates a database")
    }
}
