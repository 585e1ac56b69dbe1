import Foundation
import IOCTestSupport
import XCTest

/// Issue 18's acceptance, end to end in tmux: the simulator raises a river to báo động II (`--play flood-river:2`);
/// its alarm proposes the flood scenario; the operator opens it from the alarm with one key, accepts it, completes a
/// step with its evidence; another step goes overdue and its alarm is escalated from the keyboard; the handover lists
/// the open run and the incoming operator accepts it; `ioc brief` shows it; `ioc runs show --json` has the whole
/// timeline; the logbook has every action. A drill of the same scenario is marked everywhere and raises no alarm.
///
/// The clock is real: the test's copy of the shipped flood scenario gives the riverside warning a minute (not an
/// hour) so that it goes overdue within the test.
final class FloodScenarioEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-flood-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("config/Scenarios"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func ioc(_ arguments: String, db: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments) --db '\(db)'")
    }

    func json(_ result: ShellCommand.Result) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], result.error)
    }

    func testARiverAtLevelTwoOpensTheFloodScenarioWorkedHandedOverBriefedAndExported() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let config = directory.appendingPathComponent("config").path
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var flood = try String(contentsOf: root.appendingPathComponent("Scenarios/flood-river.yaml"), encoding: .utf8)
        let riverside = "          owner_en: \"riverside ward and commune committees\"\n          due: 1h"
        XCTAssertTrue(flood.contains(riverside), "the shipped scenario's riverside warning")
        flood = flood.replacingOccurrences(of: riverside, with: riverside.replacingOccurrences(of: "due: 1h", with: "due: 1m"))
        try flood.write(toFile: config + "/Scenarios/flood-river.yaml", atomically: true, encoding: .utf8)
        let who = "Lê Thị Hoa", next = "Trần Văn Nam"

        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --config '\(config)' --play flood-river:2 "
                     + "--simulator-sampling 5 --operator '\(who)'")
        try tmux.waitFor(timeout: 30, "the console") { $0.contains("IOC HẢI PHÒNG") && $0.contains("Trực: \(who)") }
        // The river at level II on the public-order panel, as a bulletin says it.
        try tmux.waitFor(timeout: 60, "the gauge against its level") { $0.contains("BĐ II +0,") }
        try tmux.sendKeys("F2")
        try tmux.waitFor(timeout: 150, "the river's alarm at priority 2") {
            $0.contains("✖2 ! Chưa xác nhận") && $0.contains("Sông Thái Bình tại Phả Lại") && $0.contains("trên báo động II")
        }
        // One key from the alarm to its scenario, proposed (flood-river starts as a proposal).
        try tmux.sendKeys("p")
        try tmux.waitFor(timeout: 20, "the proposed flood scenario") {
            $0.contains("Lũ sông vượt báo động") && $0.contains("· đề xuất ·") && $0.contains("y: chấp nhận")
        }
        try tmux.sendKeys("y")
        try tmux.waitFor(timeout: 10, "the run accepted") { $0.contains("· đang chạy ·") && $0.contains("chấp nhận") }
        try tmux.sendKeys("d")
        try tmux.waitFor(timeout: 5, "the figure asked") { $0.contains("confirm-level xong — mực nước hiện tại (m), số rồi ghi chú:") }
        try tmux.type("5,2 Đài KTTV xác nhận, đang lên")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 10, "the step done with its evidence") {
            $0.contains("xong bước confirm-level = 5,20: Đài KTTV xác nhận, đang lên")
        }
        // The riverside warning goes overdue a minute after the acceptance; its alarm is escalated from the keyboard.
        try tmux.waitFor(timeout: 120, "the step overdue") { $0.contains("quá hạn") && $0.contains("Thông báo cho người dân") }
        try tmux.sendKeys("F2")
        try tmux.waitFor(timeout: 20, "the overdue step's alarm first") { screen in
            screen.split(separator: "\n").first { $0.contains("! Chưa xác nhận") }?
                .contains("Thông báo cho người dân") ?? false
        }
        try tmux.sendKeys("e")
        try tmux.waitFor(timeout: 10, "escalated") { $0.contains("Đã ghi 1 thao tác cảnh báo") }

        let runs = try json(ioc("runs list --json", db: db))["runs"] as? [[String: Any]] ?? []
        let run = try XCTUnwrap(runs.first { $0["scenario"] as? String == "flood-river" })
        let id = try XCTUnwrap(run["id"] as? String)
        XCTAssertTrue(id.hasPrefix("KB"))
        XCTAssertEqual(run["alarm"] as? String, "river_level|water.river.pha_lai")
        let alarms = try json(ioc("alarms list --json --all", db: db))["alarms"] as? [[String: Any]] ?? []
        let stepAlarm = try XCTUnwrap(alarms.first { $0["key"] as? String == "scenario-step-overdue|\(id)/warn-riverside" })
        XCTAssertEqual(stepAlarm["priority"] as? Int, 2, "a required step's alarm")
        let shown = try json(ioc("alarms show \(stepAlarm["id"] as? String ?? "") --json", db: db))
        let alarmTimeline = shown["timeline"] as? [[String: Any]] ?? []
        XCTAssertTrue(alarmTimeline.contains { $0["action"] as? String == "escalated" && $0["actor"] as? String == who },
                      "\(alarmTimeline)")

        // The handover holds the open run; the incoming operator accepts it.
        XCTAssertEqual(ioc("handover start --operator '\(who)' --status busy 'Lũ sông Thái Bình tại Phả Lại trên báo động II'", db: db).status, 0)
        let handover = ioc("handover export", db: db).output
        XCTAssertTrue(handover.contains("## Kịch bản điều hành đang chạy"), handover)
        XCTAssertTrue(handover.contains("- **\(id)** Lũ sông vượt báo động · đang chạy"), handover)
        let accepted = ioc("handover accept --operator '\(next)'", db: db)
        XCTAssertEqual(accepted.status, 0, accepted.error)

        // A drill of the same scenario: marked, never counted, and its overdue step raises no alarm.
        let drill = ioc("runs start flood-river --exercise --config '\(config)' --operator '\(next)'", db: db)
        XCTAssertEqual(drill.status, 0, drill.error)
        let drillID = try XCTUnwrap(drill.output.split(separator: "\t").first.map(String.init))
        XCTAssertTrue(drillID.hasPrefix("DT"), drill.output)

        // The briefing's runs slide on the wall.
        let wall = try TmuxSession(width: 160, height: 48)
        try wall.run("clear; \(ProductsDirectory.ioc) brief --db '\(db)' --no-poll --rotation 600")
        try wall.waitFor(timeout: 30, "the wall") { $0.contains("Giao ban") }
        try wall.sendKeys("8")
        try wall.waitFor(timeout: 10, "the runs slide") {
            $0.contains(id) && $0.contains("[DIỄN TẬP] Lũ sông vượt báo động") && $0.contains("+1 diễn tập")
        }
        try wall.sendKeys("q")
        wall.kill()

        // The whole timeline, as JSON.
        let timeline = try json(ioc("runs show \(id) --json", db: db))["timeline"] as? [[String: Any]] ?? []
        let actions = timeline.compactMap { $0["action"] as? String }
        XCTAssertEqual(Array(actions.prefix(4)), ["proposed", "accepted", "step-done", "step-overdue"], "\(actions)")
        let done = try XCTUnwrap(timeline.first { $0["action"] as? String == "step-done" })
        XCTAssertEqual(done["actor"] as? String, who)
        XCTAssertEqual(done["number"] as? Double, 5.2)
        XCTAssertEqual(done["step"] as? String, "confirm-level")
        XCTAssertTrue(timeline.allSatisfy { $0["exercise"] as? Bool == false })
        let drillJSON = try json(ioc("runs show \(drillID) --json", db: db))
        XCTAssertEqual(drillJSON["exercise"] as? Bool, true)

        // The logbook: the operator's actions on the run, linked to the river's alarm; the drill marked.
        let log = ioc("log show --lang en", db: db).output
        XCTAssertTrue(log.contains("Kịch bản \(id) (Lũ sông vượt báo động): chấp nhận đề xuất"), log)
        XCTAssertTrue(log.contains("xong bước «Xác nhận mực nước và xu thế với Đài KTTV» = 5,20"), log)
        XCTAssertTrue(log.contains("[DIỄN TẬP] Kịch bản \(drillID)"), log)

        // A minute on, the drill's riverside step is overdue on its timeline, and no alarm was raised for it.
        try tmux.sendKeys("Escape")
        let drillOverdue = Eventually.holds(timeout: 100) {
            let t = (try? json(ioc("runs show \(drillID) --json", db: db)))?["timeline"] as? [[String: Any]] ?? []
            return t.contains { $0["action"] as? String == "step-overdue" }
        }
        XCTAssertTrue(drillOverdue, "the drill's step went overdue")
        let after = try json(ioc("alarms list --json --all", db: db))["alarms"] as? [[String: Any]] ?? []
        XCTAssertFalse(after.contains { ($0["key"] as? String ?? "").contains(drillID) }, "a drill raises no alarm")
        try tmux.sendKeys("q")
    }
}
