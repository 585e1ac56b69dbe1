import Foundation
import IOCTestSupport
import XCTest

/// Issue 18 on the console, end to end in tmux: runs started from the shell show on F7 (a drill marked); a step is
/// marked done with its figure from the keyboard and the timeline has it, with who did it; the handover lists the open
/// runs; the briefing's runs slide shows them, the drill marked and not counted.
final class ScenarioConsoleEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-runs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func ioc(_ arguments: String, db: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments) --db '\(db)'")
    }

    func testARunIsWorkedFromTheKeyboardHandedOverAndBriefed() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let who = "Lê Văn Cường"
        XCTAssertEqual(ioc("log add --operator '\(who)' 'Nhận ca'", db: db).status, 0)
        XCTAssertEqual(ioc("runs start waterlogging --operator '\(who)'", db: db).output, "KB1\tactive\tNgập úng đô thị sau mưa lớn\n")
        XCTAssertEqual(ioc("runs start storm --exercise --operator '\(who)'", db: db).status, 0)

        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --operator '\(who)'")
        try tmux.waitFor(timeout: 30, "the console") { $0.contains("IOC HẢI PHÒNG") && $0.contains("Trực: \(who)") }
        try tmux.sendKeys("F7")
        try tmux.waitFor(timeout: 5, "the runs screen") {
            $0.contains("2 kịch bản đang mở") && $0.contains("[DIỄN TẬP] Bão, áp thấp nhiệt đới") && $0.contains("KB1")
        }
        // Newest first: the drill, then KB1.
        try tmux.sendKeys("Down", "Enter")
        try tmux.waitFor(timeout: 5, "KB1's screen") { $0.contains("KB1 · đang chạy") && $0.contains("Bảng đơn vị:") }
        try tmux.sendKeys("d")
        try tmux.waitFor(timeout: 5, "the figure asked") { $0.contains("pumps xong — số trạm bơm đang chạy (trạm), số rồi ghi chú:") }
        try tmux.type("3 Trạm Yên Sở chạy 3 máy")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 5, "the step done on screen") { $0.contains("xong bước pumps = 3: Trạm Yên Sở chạy 3 máy") }
        try tmux.sendKeys("q")

        let shown = ioc("runs show KB1 --json", db: db)
        let run = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any], shown.error)
        let timeline = try XCTUnwrap(run["timeline"] as? [[String: Any]])
        XCTAssertEqual(timeline.map { $0["action"] as? String }, ["started", "step-done"])
        XCTAssertEqual(timeline[1]["actor"] as? String, who)
        XCTAssertEqual(timeline[1]["number"] as? Double, 3)

        // The handover holds the open runs; the incoming operator reviews them before accepting.
        XCTAssertEqual(ioc("handover start --operator '\(who)' --status busy 'Mưa lớn, ngập Nguyễn Văn Linh'", db: db).status, 0)
        let handover = ioc("handover export", db: db).output
        XCTAssertTrue(handover.contains("## Kịch bản điều hành đang chạy"), handover)
        XCTAssertTrue(handover.contains("- **KB1** Ngập úng đô thị sau mưa lớn · đang chạy"), handover)
        XCTAssertTrue(handover.contains("1/5 bước xong"), handover)
        XCTAssertTrue(handover.contains("[DIỄN TẬP] Bão, áp thấp nhiệt đới"), handover)

        // The briefing's runs slide: KB1 counted, the drill listed with its mark and not counted.
        let slide = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --layout briefing --slide 8 --size 160x48 --db '\(db)'")
        XCTAssertEqual(slide.status, 0, slide.error)
        XCTAssertTrue(slide.output.contains("KB1") && slide.output.contains("[DIỄN TẬP] Bão, áp thấp nhiệt đới"), slide.output)
        XCTAssertTrue(slide.output.contains("+1 diễn tập"), slide.output)
    }
}
