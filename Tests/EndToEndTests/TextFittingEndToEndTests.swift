import Foundation
import IOCTestSupport
import XCTest

/// What an operator reads on a real terminal at 80×24 and 132×40, in English, with a long on-duty name and a handover
/// pending: the status bar keeps the alarm count, the handover marker and the shift; the alarm rows keep what
/// happened (the agency has its own column, so it no longer fills the alarm cell).
final class TextFittingEndToEndTests: XCTestCase {
    private var directory: URL!
    private let longName = "Tôn Nữ Thị Phương Thảo Nguyễn"

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-textfit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testStatusBarAndAlarmRowsAt80And132InEnglish() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        ShellCommand.run("timeout 8 \(ProductsDirectory.ioc) poll --db '\(db)' --seed 2025 >/dev/null 2>&1")
        let list = ShellCommand.run("\(ProductsDirectory.ioc) alarms list --db '\(db)' --lang en")
        XCTAssertEqual(list.status, 0, list.error)
        // What happened in each alarm: its English message after the agency's name ("6 citizen reports overdue").
        let rows = list.output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let states = rows.filter { $0.count >= 6 }
        XCTAssertGreaterThanOrEqual(states.count, 2, list.output)
        let unacknowledged = states.filter { $0[2] == "unack" }.count
        // Alarms of one agency and kind are one group row whose title names only its first member, and in an alarm
        // flood those of one agency are: the words of each alarm alone in its agency (a plain row either way) are
        // checked (at some hours of the simulated day, due-soon alarms group, and the load reaches a flood).
        let json = ShellCommand.run("\(ProductsDirectory.ioc) alarms list --db '\(db)' --lang en --json")
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let alarms = try XCTUnwrap(object?["alarms"] as? [[String: Any]], json.output)
        func key(_ a: [String: Any]) -> String { "\(a["agency"] ?? "")" }
        let sizes = Dictionary(grouping: alarms, by: key).mapValues(\.count)
        let happened = alarms.filter { sizes[key($0)] == 1 }.compactMap { $0["message"] as? String }.map { message -> String in
            guard let colon = message.range(of: ": ") else { return message }
            return String(message[colon.upperBound...])
        }
        XCTAssertFalse(happened.isEmpty, json.output)

        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --lang en --operator '\(longName)'")
        try tmux.waitFor(timeout: 20, "on duty") { $0.contains("On duty: Tôn") }
        let start = ShellCommand.run("\(ProductsDirectory.ioc) handover start --db '\(db)' --operator '\(longName)' --status busy 'Heavy rain'")
        XCTAssertEqual(start.status, 0, start.error)
        let screen = try tmux.waitFor(timeout: 10, "the pending handover") { $0.contains("⇄#1") }
        let bar = String(screen.split(separator: "\n", omittingEmptySubsequences: false)[0])
        XCTAssertTrue(bar.contains("Al \(unacknowledged)"), "the alarm count: \(bar)")
        XCTAssertTrue(bar.contains("shift "), "the shift: \(bar)")
        XCTAssertTrue(bar.contains("On duty: Tôn Nữ"), "who is on duty: \(bar)")
        XCTAssertNotNil(bar.range(of: #"\d\d:\d\d:\d\d( UTC\+7)?\s*$"#, options: .regularExpression), "the clock is not cut: \(bar)")
        // The dashboard's panel shows the most urgent rows only: the first three alarms alone on their rows.
        // A long message is cut with "…" to its column (a directive's runs past 132 columns): its first words are checked.
        func opening(_ text: String) -> String { String(text.prefix(10)) }
        for what in happened.prefix(3) { XCTAssertTrue(screen.contains(opening(what)), "the alarm panel at 80×24 says \(what):\n\(screen)") }

        try tmux.sendKeys("F2")
        let full = try tmux.waitFor(timeout: 5, "the alarm screen") { $0.contains("Alarms — full screen") }
        for what in happened { XCTAssertTrue(full.contains(opening(what)), "F2 at 80×24 says \(what):\n\(full)") }

        try tmux.resize(width: 132, height: 40)
        let wide = try tmux.waitFor(timeout: 5, "the resized alarm screen") { $0.split(separator: "\n").first?.count ?? 0 > 100 }
        let wideBar = String(wide.split(separator: "\n", omittingEmptySubsequences: false)[0])
        XCTAssertNotNil(wideBar.range(of: #"shift \d\d:\d\d–\d\d:\d\d"#, options: .regularExpression), "the shift at 132: \(wideBar)")
        XCTAssertTrue(wideBar.contains("⇄#1") && wideBar.contains("Al \(unacknowledged)"), wideBar)
        for what in happened { XCTAssertTrue(wide.contains(opening(what)), "F2 at 132×40 says \(what):\n\(wide)") }
        try tmux.sendKeys("q")
    }
}
