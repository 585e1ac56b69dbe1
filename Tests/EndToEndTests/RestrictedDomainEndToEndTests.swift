import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Issue 15, item 2: a restricted domain (citizen feedback here, `security.yaml`) never appears for an account
/// without the grant — in any screen of the console or the wall, in `ioc snapshot`, in exports and in every command's
/// output — and what is hidden is said. A marker planted in the restricted data is looked for everywhere.
final class RestrictedDomainEndToEndTests: XCTestCase {
    private var directory: URL!
    private var db: String { directory.appendingPathComponent("city.sqlite").path }
    private var config: String { directory.appendingPathComponent("config").path }
    /// The binary as the test accounts can run it (`SharedBinary`).
    private var ioc = ""
    private let marker = "MẬT-7Q4Z"

    override func setUpWithError() throws {
        ioc = try SharedBinary.ioc(for: "ioc-test-op")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-restricted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("config"), withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
        try "restricted_domains: [feedback]\n".write(toFile: config + "/security.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(ShellCommand.run("id -u ioc-test-op").status, 0, "the account is made by scripts/setup")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(as account: String?, _ arguments: String) -> String {
        let prefix = account.map { "setpriv --reuid=\($0) --regid=$(id -g \($0)) --clear-groups " } ?? ""
        let r = ShellCommand.run("\(prefix)\(ioc) \(arguments) --db '\(db)' --config '\(config)'")
        return r.output + "\n" + r.error
    }

    /// The simulated city polled by the admin (root), the marker planted in every feedback case's title and in an
    /// alarm of the feedback domain, a handover started that holds it, and an operator granted no restricted domain.
    private func prepare() throws -> String {
        ShellCommand.run("timeout -s INT 8 \(ioc) poll --db '\(db)' --config '\(config)' >/dev/null 2>&1")
        XCTAssertEqual(SQLiteShell.query(db, "UPDATE event SET title = '\(marker) ' || title WHERE kind = 'feedback'; SELECT changes()"),
                       SQLiteShell.query(db, "SELECT COUNT(*) FROM event WHERE kind = 'feedback'"))
        let store = try CityStore(path: db)
        let now = Date()
        let template = AlarmStateMachine.newAlarm(ruleID: "pakn-item", subject: "secret", kind: .overdue, priority: .high,
                                                  message: "Phản ánh của \(marker) quá hạn", messageEN: "\(marker)'s case overdue",
                                                  at: now, agencyCode: "SXD", domain: .feedback)
        let raised = try store.applyAlarmInput(.conditionRaised(value: nil, message: template.message, messageEN: template.messageEN,
                                                                priority: .high, at: now), alarmID: "pakn-item|secret", template: template)
        XCTAssertNotNil(raised.alarm)
        let id = SQLiteShell.query(db, "SELECT 'A' || number FROM alarm WHERE id = 'pakn-item|secret'")
        // An alarm kept from before alarms had a domain (none stored), about a feedback case: hidden too.
        let legacy = AlarmStateMachine.newAlarm(ruleID: "pakn-old", subject: "old", kind: .overdue, priority: .medium,
                                                message: "Phản ánh cũ của \(marker)", at: now, agencyCode: "SXD")
        _ = try store.applyAlarmInput(.conditionRaised(value: nil, message: legacy.message, priority: .medium, at: now),
                                      alarmID: "pakn-old|old", template: legacy)
        XCTAssertTrue(run(as: nil, "handover start --operator 'Nguyễn Văn An' --status busy 'Ca bận'").contains("#1"))
        XCTAssertEqual(ShellCommand.run("chmod 0666 '\(db)'*").status, 0)
        XCTAssertTrue(run(as: nil, "operators grant ioc-test-op --name 'Trần Văn Op' --role operator").contains("ioc-test-op"))
        // A supervisor without the grant reads the audit trail, where the admin's note on the hidden alarm is.
        XCTAssertTrue(run(as: nil, "operators grant ioc-test-viewer --name 'Lê Giám Sát' --role supervisor").contains("supervisor"))
        XCTAssertTrue(run(as: nil, "alarms ack \(id) --operator 'Nguyễn Văn An' --note 'Đã gọi \(marker)'").contains("ack"))
        return id
    }

    func testTheMarkerNeverReachesAnAccountWithoutTheGrant() throws {
        let secret = try prepare()
        // The control: the admin, granted every domain, sees the marker, so the search below can find it.
        XCTAssertTrue(run(as: nil, "alarms list").contains(marker))
        XCTAssertTrue(run(as: nil, "handover export").contains(marker))

        var outputs: [(String, String)] = []
        func cli(_ arguments: String) { outputs.append(("ioc \(arguments)", run(as: "ioc-test-op", arguments))) }
        for lang in ["vi", "en"] {
            cli("alarms list --lang \(lang)"); cli("alarms list --all --lang \(lang)"); cli("alarms list --json --lang \(lang)")
            cli("alarms show \(secret) --lang \(lang)"); cli("alarms show \(secret) --json --lang \(lang)")
            cli("alarms ack \(secret) --lang \(lang)")
            cli("log add --alarm \(secret) 'Gọi cơ quan' --lang \(lang)")
            cli("handover show --lang \(lang)"); cli("handover show --json --lang \(lang)"); cli("handover export --lang \(lang)")
            cli("log show --lang \(lang)"); cli("log show --json --lang \(lang)"); cli("sources --lang \(lang)")
            for size in ["80x24", "200x60"] { cli("snapshot --size \(size) --lang \(lang)") }
            for slide in 1...8 { cli("snapshot --layout briefing --slide \(slide) --size 200x60 --lang \(lang)") }
        }
        for id in SQLiteShell.query(db, "SELECT 'A' || number FROM alarm").split(separator: "\n") { cli("alarms show \(id)") }
        // A configuration of the account's own, restricting nothing, lifts nothing: the restriction is the database's.
        let own = directory.appendingPathComponent("own").path
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        try "restricted_domains: []\n".write(toFile: own + "/security.yaml", atomically: true, encoding: .utf8)
        for args in ["alarms list --all", "alarms list --json", "handover export", "snapshot --size 200x60"] {
            let r = ShellCommand.run("setpriv --reuid=ioc-test-op --regid=$(id -g ioc-test-op) --clear-groups \(ioc) \(args) --db '\(db)' --config '\(own)'")
            outputs.append(("ioc \(args) --config own", r.output + r.error))
        }
        XCTAssertEqual(SQLiteShell.query(db, "SELECT domain FROM restricted_domain"), "feedback", "kept in the database")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT COUNT(*) FROM log_entry WHERE author = 'Trần Văn Op'"), "0",
                       "a log entry linking the hidden alarm is refused")
        for args in ["audit show", "audit show --json", "audit show --action alarm"] {
            outputs.append(("ioc \(args) as a supervisor", run(as: "ioc-test-viewer", args)))
        }
        XCTAssertTrue(run(as: nil, "audit show --action alarm").contains(marker), "the admin reads the note")

        // The console: every screen and every panel's detail.
        let console = try TmuxSession(width: 200, height: 60)
        try console.run("clear; setpriv --reuid=ioc-test-op --regid=$(id -g ioc-test-op) --clear-groups \(ioc) --db '\(db)' --config '\(config)' --no-poll")
        outputs.append(("console", try console.waitFor(timeout: 20, "the dashboard") { $0.contains("IOC HẢI PHÒNG") && $0.contains("⊘") }))
        // Each screen waited for by what it shows; each move by the screen changing.
        func after(_ key: String, _ what: String, _ shows: @escaping (String) -> Bool) throws {
            let before = try console.capture()
            try console.sendKeys(key)
            outputs.append((what, try console.waitFor(timeout: 5, what) { $0 != before && shows($0) }))
        }
        try after("F2", "console F2") { $0.contains("Cảnh báo — toàn màn hình") }
        try console.sendKeys("Escape")
        try after("F4", "console F4") { $0.contains("Nhật ký ca") }
        try console.sendKeys("Escape")
        try after("F5", "console F5") { $0.contains("Giao ca #1") }
        for section in 1..<HandoverSection.allCases.count { try after("Right", "console F5 section \(section)") { _ in true } }
        try console.sendKeys("Escape")
        try after("F6", "console F6") { $0.contains("pakn") || $0.contains("simulator") }
        try console.sendKeys("Escape")
        try console.waitFor(timeout: 5, "the dashboard again") { $0.contains("⊘ Hạn chế") }
        for panel in 1...8 {
            try after("Tab", "console panel \(panel)") { _ in true }
            try console.sendKeys("Enter")
            outputs.append(("console panel \(panel) detail", try console.waitFor(timeout: 5, "a frame") { _ in true }))
            try console.sendKeys("Escape")
        }
        try console.sendKeys("q")
        console.kill()

        // The wall, every slide.
        let wall = try TmuxSession(width: 200, height: 60)
        try wall.run("clear; setpriv --reuid=ioc-test-op --regid=$(id -g ioc-test-op) --clear-groups \(ioc) brief --db '\(db)' --config '\(config)' --no-poll --rotation 600")
        outputs.append(("wall", try wall.waitFor(timeout: 20, "the wall") { $0.contains("1/") }))
        for slide in 2...8 {
            try wall.sendKeys("\(slide)")
            outputs.append(("wall slide \(slide)", try wall.waitFor(timeout: 5, "slide \(slide)") { $0.contains("\(slide)/") }))
        }
        try wall.sendKeys("q")
        wall.kill()

        XCTAssertGreaterThan(outputs.count, 60)
        for (what, text) in outputs {
            XCTAssertFalse(text.contains(marker), "\(what) shows the restricted marker:\n\(text)")
            XCTAssertFalse(text.contains("7Q4Z"), "\(what) shows part of the marker")
        }
        // What is hidden is said.
        let said = Dictionary(outputs, uniquingKeysWith: { a, _ in a })
        XCTAssertTrue(said["ioc alarms list --lang vi"]?.contains("cảnh báo thuộc lĩnh vực hạn chế (Phản ánh kiến nghị) không hiển thị") == true,
                      said["ioc alarms list --lang vi"] ?? "")
        XCTAssertTrue(said["ioc alarms show \(secret) --lang en"]?.contains("is in the restricted domain Citizen feedback") == true)
        XCTAssertTrue(said["ioc snapshot --size 200x60 --lang vi"]?.contains("⊘ Hạn chế: chưa được cấp quyền xem") == true)
        XCTAssertTrue(said["ioc snapshot --layout briefing --slide 4 --size 200x60 --lang en"]?
                        .contains("⊘ Citizen feedback: restricted domain — this account is not granted it") == true,
                      said["ioc snapshot --layout briefing --slide 4 --size 200x60 --lang en"] ?? "")
        XCTAssertTrue(said["ioc handover export --lang en"]?.contains("of restricted domains (Citizen feedback) not shown to this account") == true,
                      said["ioc handover export --lang en"] ?? "")
        // A hidden count is ⊘, never a number (the status bar may leave the count out when an alarm flood's banner
        // needs its room, as at some hours of the simulated day).
        let consoleScreen = said["console"] ?? ""
        XCTAssertNil(consoleScreen.range(of: #"PAKN quá hạn \d"#, options: .regularExpression), "a hidden count is never a number:\n\(consoleScreen)")
        XCTAssertTrue(consoleScreen.contains("PAKN quá hạn ⊘") || !consoleScreen.contains("PAKN quá hạn"), "a hidden count is ⊘:\n\(consoleScreen)")
        XCTAssertTrue(said["ioc alarms list --json --lang en"]?.contains("\"domains\" : [\n      \"feedback\"") == true,
                      said["ioc alarms list --json --lang en"] ?? "")
        XCTAssertTrue(said["ioc audit show as a supervisor"]?.contains("records of restricted domains") == true
                        || said["ioc audit show as a supervisor"]?.contains("bản ghi thuộc lĩnh vực hạn chế") == true,
                      said["ioc audit show as a supervisor"] ?? "")
        // The refused reads are in the audit trail.
        XCTAssertGreaterThanOrEqual(Int(SQLiteShell.query(db, "SELECT COUNT(*) FROM audit WHERE account = 'ioc-test-op' AND outcome = 'refused'")) ?? 0, 4)
    }
}
