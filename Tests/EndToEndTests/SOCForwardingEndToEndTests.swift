import Foundation
import IOCTestSupport
import XCTest

/// Issue 15, item 4: the audit trail reaches a real rsyslog as RFC 5424 syslog in octet-counted frames, over TCP and
/// over TLS; while the collector is down the records wait on disk (the console's status bar says how many), and when
/// it returns every record arrives exactly once and in order.
final class SOCForwardingEndToEndTests: XCTestCase {
    private var directory: URL!
    private var collector: RsyslogCollector?
    private var db: String { directory.appendingPathComponent("city.sqlite").path }
    private var config: String { directory.appendingPathComponent("config").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-soc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("config"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        collector?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private func log(_ text: String) {
        let r = ShellCommand.run("\(ProductsDirectory.ioc) log add --db '\(db)' --config '\(config)' --operator 'Nguyễn Văn An' '\(text)'")
        XCTAssertEqual(r.status, 0, r.error)
    }

    private func recordCount() -> Int { Int(SQLiteShell.query(db, "SELECT COUNT(*) FROM audit")) ?? -1 }

    func testEveryRecordArrivesOnceAndInOrderAcrossACollectorOutage() throws {
        let collector = try RsyslogCollector(folder: directory.appendingPathComponent("soc").path)
        self.collector = collector
        try "audit_forwarding:\n  collector: tcp://127.0.0.1:\(collector.port)\n"
            .write(toFile: config + "/security.yaml", atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(config)'")
        XCTAssertEqual(check.status, 0, check.error)
        SourceListing.startPoller(db: db, config: config)
        XCTAssertTrue(Eventually.holds(timeout: 20) { collector.recordIDs.count >= 2 }, "the grant and the poller's configuration load")
        for i in 1...8 { log("Trước khi SOC dừng \(i)") }
        XCTAssertTrue(Eventually.holds(timeout: 10) { collector.recordIDs.count == self.recordCount() }, "\(collector.recordIDs)")

        // The collector goes away; records keep coming and wait on disk.
        collector.stop()
        let console = try TmuxSession(width: 220, height: 40)
        try console.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --config '\(config)' --no-poll --operator 'Trần Thị Bình'")
        for i in 1...12 { log("Trong khi SOC dừng \(i)") }
        let waiting = "SELECT COUNT(*) FROM audit WHERE id > (SELECT last_id FROM audit_forwarding)"
        XCTAssertTrue(Eventually.holds(timeout: 10) {
            !SQLiteShell.query(db, "SELECT last_error FROM audit_forwarding").isEmpty
        }, "the failure is noted")
        XCTAssertGreaterThanOrEqual(Int(SQLiteShell.query(db, waiting)) ?? 0, 12)
        let bar = try console.waitFor(timeout: 10, "the backlog on the status bar") { $0.contains("⇡ SOC chờ ") }
        XCTAssertTrue(bar.split(separator: "\n").first?.contains("⇡ SOC chờ") == true, "on the status bar: \(bar)")
        try console.sendKeys("q")
        try console.waitFor(timeout: 10, "the console closed") { !$0.contains("⇡ SOC") }
        console.kill()

        // Back: every record once, in order.
        try collector.start()
        let total = recordCount()
        XCTAssertTrue(Eventually.holds(timeout: 20) { collector.recordIDs.count >= total }, "\(collector.recordIDs.count) of \(total)")
        XCTAssertEqual(collector.recordIDs, Array(1...total), "none lost, none twice, in order")
        // The collector has the records a moment before the forwarder writes down how far it got.
        XCTAssertTrue(Eventually.holds(timeout: 10) { SQLiteShell.query(self.db, waiting) == "0" },
                      "\(SQLiteShell.query(db, waiting)) still waiting")
        XCTAssertTrue(Eventually.holds(timeout: 5) { SQLiteShell.query(db, "SELECT last_error IS NULL FROM audit_forwarding") == "1" },
                      "the failure is cleared once it works again")
        // RFC 5424: the version, facility 10 with notice or warning, the action as MSGID, the record in structured data.
        for line in collector.received {
            XCTAssertNotNil(line.range(of: #"^<8[45]>1 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \S+ ioc \d+ [a-z_.]+ \[ioc@32473 id="\d+" account="root" "#,
                                       options: .regularExpression), line)
        }
        XCTAssertTrue(collector.received.contains { $0.contains("action=\"log.add\"") && $0.hasSuffix("\u{FEFF}Trong khi SOC dừng 7") })

        // The trail cut and written again under the forwarder (the last record deleted, a new one taking its id):
        // nothing is skipped in silence, the failure is said.
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' \"DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = \(total)\"").status, 0)
        log("Sau khi cắt")
        XCTAssertTrue(Eventually.holds(timeout: 10) {
            SQLiteShell.query(self.db, "SELECT last_error FROM audit_forwarding").contains("changed under the forwarder")
        }, SQLiteShell.query(db, "SELECT last_error FROM audit_forwarding"))
        XCTAssertEqual(collector.recordIDs.count, total, "nothing more sent")
    }

    func testOverTLSWithTheSOCsOwnAuthorityAndNeverToAnUntrustedOne() throws {
        let ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
        let made = ShellCommand.run("""
            cd '\(directory.path)' && \
            openssl req -x509 \(ec) -keyout ca.key -out ca.pem -days 2 -subj '/CN=SOC test authority' && \
            openssl req -x509 \(ec) -keyout other.key -out other.pem -days 2 -subj '/CN=Someone else' && \
            openssl req \(ec) -keyout server.key -out server.csr -subj '/CN=127.0.0.1' && \
            printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\n' > server.ext && \
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 -extfile server.ext
            """)
        XCTAssertEqual(made.status, 0, made.error)
        let path = directory.path
        let collector = try RsyslogCollector(folder: path + "/soc",
                                             tls: (certificate: path + "/server.pem", key: path + "/server.key", authority: path + "/ca.pem"))
        self.collector = collector
        // An authority that did not sign the collector's certificate: nothing is sent, and why is noted.
        try "audit_forwarding:\n  collector: tls://127.0.0.1:\(collector.port)\n  tls_ca_file: \(path)/other.pem\n"
            .write(toFile: config + "/security.yaml", atomically: true, encoding: .utf8)
        SourceListing.startPoller(db: db, config: config)
        XCTAssertTrue(Eventually.holds(timeout: 20) {
            SQLiteShell.query(db, "SELECT last_error FROM audit_forwarding").contains("certificate")
        }, SQLiteShell.query(db, "SELECT * FROM audit_forwarding"))
        XCTAssertEqual(collector.received, [])
        SourceListing.stopPollers(under: directory.path)

        // The SOC's own authority: every record arrives.
        try "audit_forwarding:\n  collector: tls://127.0.0.1:\(collector.port)\n  tls_ca_file: \(path)/ca.pem\n"
            .write(toFile: config + "/security.yaml", atomically: true, encoding: .utf8)
        SourceListing.startPoller(db: db, config: config)
        for i in 1...3 { log("Qua TLS \(i)") }
        XCTAssertTrue(Eventually.holds(timeout: 30) { collector.recordIDs.count == self.recordCount() },
                      "\(collector.recordIDs) of \(recordCount())")
        XCTAssertEqual(collector.recordIDs, Array(1...recordCount()))
    }
}
