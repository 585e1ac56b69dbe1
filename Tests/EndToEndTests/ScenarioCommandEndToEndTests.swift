import Foundation
import IOCTestSupport
import XCTest

/// `ioc scenarios list|show` and `ioc runs start|step|show|close` from the shell (issue 18): the shipped scenarios,
/// a run worked step by step with its evidence, refusals with exit 1 and nothing written, the JSON timeline, and a
/// drill marked as one everywhere.
final class ScenarioCommandEndToEndTests: XCTestCase {
    func ioc(_ arguments: String, db: String? = nil) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments)" + (db.map { " --db '\($0)'" } ?? ""))
    }

    func json(_ result: ShellCommand.Result) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], result.output + result.error)
    }

    func testTheShippedScenariosListAndShowInBothLanguages() throws {
        let list = ioc("scenarios list")
        XCTAssertEqual(list.status, 0, list.error)
        XCTAssertTrue(list.output.contains("flood-river\tv1\tflood\t-\tproposed\t10\tLũ sông vượt báo động"), list.output)
        let listed = try json(ioc("scenarios list --json --lang en"))["scenarios"] as? [[String: Any]]
        XCTAssertEqual(listed?.count, 10)
        XCTAssertEqual(listed?.first { $0["id"] as? String == "storm" }?["title"] as? String, "Storm or tropical depression")
        let storm = try json(ioc("scenarios show storm --json"))
        let stages = storm["stages"] as? [[String: Any]]
        XCTAssertEqual(stages?.map { $0["id"] as? String }, ["assess", "near", "at-sea", "landfall"])
        XCTAssertEqual((storm["procedure"] as? [String: Any])?["responseTimeSeconds"] as? Double, 900)
        let shown = ioc("scenarios show flood-river --lang en")
        XCTAssertTrue(shown.output.contains("consequence of inaction: Flooded river banks"), shown.output)
        XCTAssertTrue(shown.output.contains("      → level-2: Level II reached: respond [level-2]"), shown.output)
        let missing = ioc("scenarios show typhoon")
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.error.contains("không có kịch bản 'typhoon'"), missing.error)
    }

    func testARunIsWorkedStepByStepWithItsEvidenceAndADrillIsMarked() throws {
        let temp = TemporaryDatabase(name: "runs.sqlite")
        defer { temp.remove() }
        let db = temp.path
        XCTAssertEqual(ioc("log add --operator 'Ca A' 'Bắt đầu ca'", db: db).status, 0, "the database and its first grant")
        let started = ioc("runs start waterlogging --operator 'Ca A'", db: db)
        XCTAssertEqual(started.status, 0, started.error)
        XCTAssertEqual(started.output, "KB1\tactive\tNgập úng đô thị sau mưa lớn\n")

        let noFigure = ioc("runs step KB1 pumps --done", db: db)
        XCTAssertEqual(noFigure.status, 1)
        XCTAssertTrue(noFigure.error.contains("Bước này cần báo cáo số liệu: số trạm bơm đang chạy"), noFigure.error)
        XCTAssertEqual(ioc("runs step KB1 pumps --done --number 4 --note 'Trạm Yên Sở chạy 4 máy'", db: db).output,
                       "KB1\tstep-done\tpumps\tactive\n")
        XCTAssertEqual(ioc("runs step KB1 divert --start", db: db).status, 0)
        let close = ioc("runs close KB1 --lang en", db: db)
        XCTAssertEqual(close.status, 1)
        XCTAssertTrue(close.error.contains("3 required step(s) not finished"), close.error)
        XCTAssertEqual(ioc("runs step KB1 divert --skip 'Không cần' --role operator", db: db).status, 1,
                       "only a supervisor skips a required step")

        let shown = try json(ioc("runs show KB1 --json", db: db))
        XCTAssertEqual(shown["exercise"] as? Bool, false)
        let timeline = shown["timeline"] as? [[String: Any]]
        XCTAssertEqual(timeline?.map { $0["action"] as? String }, ["started", "step-done", "step-started"])
        XCTAssertEqual(timeline?[1]["number"] as? Double, 4)
        XCTAssertEqual(timeline?[1]["note"] as? String, "Trạm Yên Sở chạy 4 máy")
        XCTAssertEqual(timeline?[1]["actor"] as? String, "Ca A")
        let pumps = (shown["steps"] as? [[String: Any]])?.first { $0["id"] as? String == "pumps" }
        XCTAssertEqual(pumps?["state"] as? String, "done")
        XCTAssertEqual((pumps?["evidence"] as? [String: Any])?["number"] as? Double, 4)

        let drill = ioc("runs start storm --exercise --lang en", db: db)
        XCTAssertEqual(drill.output, "DT2\tactive\t[EXERCISE] Storm or tropical depression\n", drill.error)
        let list = ioc("runs list", db: db).output
        XCTAssertTrue(list.contains("DT2\tactive\t") && list.contains("[DIỄN TẬP] Bão, áp thấp nhiệt đới"), list)
        XCTAssertTrue(ioc("runs step DT2 case --branch landfall", db: db).output.contains("DT2\t[DIỄN TẬP] stage-entered\tlandfall"))
        let drillJSON = try json(ioc("runs show DT2 --json", db: db))
        XCTAssertEqual(drillJSON["exercise"] as? Bool, true)
        XCTAssertTrue((drillJSON["timeline"] as? [[String: Any]])?.allSatisfy { $0["exercise"] as? Bool == true } ?? false)
        XCTAssertEqual(ioc("runs show KB9", db: db).status, 1)
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' 'SELECT COUNT(*) FROM scenario_run_action'").output, "6\n",
                       "refusals wrote nothing to the timeline")
    }
}
