import Foundation
import IOCTestSupport
import XCTest

/// Exit status 3 is a configuration or database failure (`ExitStatus.failure`). Decision 32: the console and the wall make the simulator and parse layouts once, after or around the first frame,
/// yet a bad configuration file is still refused, located, before the terminal is taken over (nothing is drawn).
final class StartupRefusalEndToEndTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-startup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    private func write(_ text: String, _ name: String) throws {
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func start(_ arguments: String) -> ShellCommand.Result {
        let db = dir.appendingPathComponent("city.sqlite").path
        return ShellCommand.run("timeout 10 \(ProductsDirectory.ioc) \(arguments) --config '\(dir.path)' --db '\(db)' --lang en </dev/null")
    }

    func testBadRulesSourcesAndLayoutsAreRefusedLocatedBeforeTheTerminal() throws {
        try write("rules:\n  - id: x\n    nope: 1\n", "rules.yaml")
        for command in ["--operator bench", "brief"] {
            let result = start(command)
            XCTAssertEqual(result.status, 3, "\(command): \(result.error)")
            XCTAssertTrue(result.error.contains("rules.yaml:"), "\(command): \(result.error)")
            XCTAssertFalse(result.output.contains("\u{1B}[?1049h"), "\(command): the terminal was not taken over")
        }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("rules.yaml"))
        try write("""
            simulator:
              interval: 50ms
            sources:
              cong-dvc:
                name: "Cổng dịch vụ công"
                url: "http://127.0.0.1:9/api"
                interval: 1s
                records: data.items
                events:
                  kind: dossier
                  id: ma
                  title: "{tieu_de}"
                  status: { path: trang_thai, map: { moi: received }, default: received }
                  updated: ngay_cap_nhat
            """, "sources.yaml")
        let sources = start("--operator bench")
        XCTAssertEqual(sources.status, 3, sources.error)
        XCTAssertTrue(sources.error.contains("simulator.interval (sources.yaml) must be at least 0.1 seconds"), sources.error)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("sources.yaml"))

        try write("name: broken\nrows:\n  - height: fill\n    panels:\n      - id: a\n        kind: nope\n", "Layouts/broken.yaml")
        let layout = start("--operator bench --layout broken")
        XCTAssertEqual(layout.status, 3, layout.error)
        XCTAssertTrue(layout.error.contains("broken.yaml:6:"), layout.error)
    }

    func testALayoutOfTheOtherKindIsNamedAsSuch() throws {
        let console = start("--operator bench --layout briefing")
        XCTAssertEqual(console.status, 3, console.error)
        XCTAssertTrue(console.error.contains("'briefing' is a briefing layout (slides)"), console.error)
        let wall = start("brief --layout operator")
        XCTAssertEqual(wall.status, 3, wall.error)
        XCTAssertTrue(wall.error.contains("'operator' is an operator layout (panels)"), wall.error)
    }
}
