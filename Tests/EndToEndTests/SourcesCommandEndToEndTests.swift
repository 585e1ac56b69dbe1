import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 7: `ioc sources` (and `--json`) tell, for every source, its kind, state, last good poll, latency,
/// error rate and records today, and its last error — here the simulator beside a source whose server refuses.
final class SourcesCommandEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-sources-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        try? FileManager.default.removeItem(at: directory)
    }

    func testEverySourceWithItsStateErrorRateAndRecordsToday() throws {
        try """
        simulator:
          interval: 1s
        sources:
          tu-choi:
            name: "Nguồn từ chối kết nối"
            kind: open311
            url: "http://127.0.0.1:9/open311/v2/"
            interval: 500ms
            timeout: 500ms

        """.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("city.sqlite").path
        SourceListing.startPoller(db: db, config: directory.path)
        var sources: [[String: Any]] = []
        XCTAssertTrue(Eventually.holds(timeout: 30) {
            let run = ShellCommand.run("\(ProductsDirectory.ioc) sources --json --db '\(db)' --config '\(self.directory.path)'")
            guard run.status == 0, let object = try? JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any],
                  let list = object["sources"] as? [[String: Any]] else { return false }
            sources = list
            let refused = list.first { $0["id"] as? String == "tu-choi" }
            return (refused?["pollsToday"] as? Int ?? 0) >= 2
        }, "\(sources)")
        let refused = try XCTUnwrap(sources.first { $0["id"] as? String == "tu-choi" })
        XCTAssertEqual(refused["kind"] as? String, "open311")
        XCTAssertEqual(refused["errorRate"] as? Double, 1)
        XCTAssertTrue(["degraded", "down"].contains(refused["state"] as? String ?? ""), "\(refused)")
        XCTAssertTrue((refused["lastError"] as? String ?? "").lowercased().contains("refused"), "\(refused)")
        XCTAssertTrue(refused["lastGood"] is NSNull)
        XCTAssertEqual(refused["endpoint"] as? String, "http://127.0.0.1:9/open311/v2/")
        XCTAssertEqual(refused["transportSecurity"] as? String, "plain")
        let simulator = try XCTUnwrap(sources.first { $0["id"] as? String == "simulator" })
        XCTAssertEqual(simulator["state"] as? String, "ok")
        XCTAssertEqual(simulator["errorRate"] as? Double, 0)
        XCTAssertGreaterThan(simulator["recordsToday"] as? Int ?? 0, 0)
        XCTAssertNotNil(simulator["latencyMs"] as? Double)
        XCTAssertTrue(simulator["endpoint"] is NSNull && simulator["transportSecurity"] is NSNull, "\(simulator)")

        let text = ShellCommand.run("\(ProductsDirectory.ioc) sources --lang en --db '\(db)' --config '\(directory.path)'")
        XCTAssertEqual(text.status, 0, text.error)
        let lines = text.output.split(separator: "\n")
        XCTAssertEqual(lines.first, "id\tkind\tstate\tlast_good\tlatency_ms\terror_rate\trecords_today\tlast_error\ttransport\tendpoint")
        XCTAssertTrue(lines.contains { $0.hasPrefix("tu-choi\topen311\t") && $0.contains("100%")
            && $0.hasSuffix("\t⚠ HTTP, not encrypted\thttp://127.0.0.1:9/open311/v2/") }, text.output)
    }
}
