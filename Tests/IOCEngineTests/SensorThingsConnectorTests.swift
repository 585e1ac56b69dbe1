import Foundation
import IOCConfig
import IOCDomain
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// Issue 14, item 3: the SensorThings connector against a real server, `django-ogc-sensorthings` 1.2.0 on SQLite
/// (from PyPI, in `.build/peers`; `Tests/Fixtures/sensorthings`). Observations posted to it arrive exactly once, over
/// pages and next links (a full last page carries one), across polls; Things are placed in wards by their Location
/// or by config.
final class SensorThingsConnectorTests: XCTestCase {
    private var server: FixtureServer?
    private var data: URL!

    /// Starts the server on a database of its own (about a second).
    private func startServer() throws {
        XCTAssertTrue(PeerPython.isInstalled, PeerPython.missing)
        data = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-sta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        server = try FixtureServer(script: "sensorthings/serve.py", arguments: ["--data", data.path, "--watch-parent"],
                                   portArguments: ["--port", "0"], python: PeerPython.path)
    }

    /// On the main thread: a task cannot wait for a process to end on Linux.
    override func tearDown() {
        server?.stop()
        server = nil
        if let data { try? FileManager.default.removeItem(at: data) }
    }

    private var root: String { "http://127.0.0.1:\(server!.port)/sensorthings/v1.1" }

    /// Runs `seed.py` with `arguments`, returning its JSON answer.
    private func seed(_ arguments: [String]) throws -> [String: Any] {
        let script = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/sensorthings/seed.py").path
        let run = Subprocess.run([PeerPython.path, script] + arguments)
        XCTAssertEqual(run.status, 0, run.error)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    private static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    func testEveryPostedObservationArrivesExactlyOnceAcrossPagesAndPolls() async throws {
        try startServer()
        let start = Date().addingTimeInterval(-3 * 3600).rounded
        // 200 each: two full pages of 100, the second still carrying a next link to an empty page.
        let seeded = try seed(["seed", "--base", root, "--observations", "200", "--start", Self.iso(start),
                               "--step-seconds", "30"])
        let things = try XCTUnwrap(seeded["things"] as? [[String: Any]])
        let pm = try XCTUnwrap(things.first?["datastream"] as? String)
        let river = try XCTUnwrap(things.last?["datastream"] as? String)

        var source = SensorThingsSource(url: URL(string: root + "/")!, wards: ["Trạm thủy văn Cấm": "11311"])
        source.sinceHours = 24
        let connector = SensorThingsConnector(
            config: SourceConfig(id: "sta", name: "Trạm quan trắc", interval: 60, timeout: 30, kind: .sensorThings(source)),
            source: source)
        var seen: [String: [Date]] = [:]
        let first = try await connector.poll(cursor: nil, now: Date(), limits: PollLimits(timeoutSeconds: 30))
        for o in first.observations { seen[o.seriesKey, default: []].append(o.time) }
        XCTAssertEqual(seen["sta.\(pm)"]?.count, 200)
        XCTAssertEqual(seen["sta.\(river)"]?.count, 200)
        XCTAssertEqual(first.observations.first { $0.seriesKey == "sta.\(pm)" }?.value, 35.5)
        XCTAssertNil(first.rejected)

        let definitions = Dictionary(uniqueKeysWithValues: first.seriesDefinitions.map { ($0.key, $0) })
        XCTAssertEqual(definitions["sta.\(pm)"]?.name, "PM2.5 Lạch Tray")
        XCTAssertEqual(definitions["sta.\(pm)"]?.unit, "µg/m³")
        XCTAssertEqual(definitions["sta.\(pm)"]?.wardCode, "11359", "placed by its Location: '…, phường Gia Viên'")
        XCTAssertEqual(definitions["sta.\(river)"]?.wardCode, "11311", "placed by config")

        // Nothing new: nothing again.
        let idle = try await connector.poll(cursor: first.cursor, now: Date(), limits: PollLimits(timeoutSeconds: 30))
        XCTAssertEqual(idle.observations.count, 0)

        // 150 more for one station, then a poll: exactly those 150.
        _ = try seed(["observe", "--base", root, "--datastream", pm, "--count", "150",
                      "--start", Self.iso(start.addingTimeInterval(200 * 30)), "--step-seconds", "30"])
        let second = try await connector.poll(cursor: idle.cursor, now: Date(), limits: PollLimits(timeoutSeconds: 30))
        for o in second.observations { seen[o.seriesKey, default: []].append(o.time) }
        XCTAssertEqual(second.observations.count, 150)
        XCTAssertEqual(seen["sta.\(pm)"]?.count, 350)
        XCTAssertEqual(Set(seen["sta.\(pm)"] ?? []).count, 350, "no observation twice")
        XCTAssertEqual(seen["sta.\(pm)"], seen["sta.\(pm)"]?.sorted(), "in time order")
    }

    func testANextLinkIsEscapedAndFollowedOnlyOnTheSameServer() throws {
        let source = SensorThingsSource(url: URL(string: "http://127.0.0.1:8080/sensorthings/v1.1/")!)
        let connector = SensorThingsConnector(
            config: SourceConfig(id: "sta", name: "x", kind: .sensorThings(source)), source: source)
        let link = "http://127.0.0.1:8080/sensorthings/v1.1/Observations?$filter=phenomenonTime gt 2026-01-01T00:00:00+07:00&$skip=100"
        XCTAssertEqual(connector.followable(link)?.absoluteString,
                       "http://127.0.0.1:8080/sensorthings/v1.1/Observations?$filter=phenomenonTime%20gt%202026-01-01T00:00:00%2B07:00&$skip=100")
        XCTAssertNil(connector.followable("http://169.254.169.254/latest/meta-data?$skip=100"), "another host")
        XCTAssertNil(connector.followable("http://127.0.0.1:9/sensorthings/v1.1/Observations"), "another port")
        XCTAssertEqual(connector.url(path: "Observations", query: [("$filter", "Datastream/id eq x and phenomenonTime gt 2026-01-01T00:00:00Z"),
                                                                   ("$orderby", "phenomenonTime asc")]).absoluteString,
                       "http://127.0.0.1:8080/sensorthings/v1.1/Observations?$filter=Datastream/id%20eq%20x%20and%20phenomenonTime%20gt%202026-01-01T00:00:00Z&$orderby=phenomenonTime%20asc")
        XCTAssertEqual(SensorThingsConnector.odataTime(Date(timeIntervalSince1970: 1_767_225_600)), "2026-01-01T00:00:00Z")
        XCTAssertEqual(SensorThingsConnector.odataTime(Date(timeIntervalSince1970: 1_767_225_600.25)), "2026-01-01T00:00:00.250Z")
    }

    func testWardsAreFoundByNameOnlyWhenOneWardIsNamed() throws {
        let wards = try WardNames.bundled.get()
        XCTAssertEqual(wards.code(in: "Ngã tư Lạch Tray, phường Gia Viên"), "11359")
        XCTAssertEqual(wards.code(in: "PHƯỜNG HỒNG BÀNG, Hải Phòng"), "11311")
        XCTAssertNil(wards.code(in: "Lạch Tray"))
        XCTAssertNil(wards.code(in: "Phường Hồng Bàng và Phường Lê Chân"), "two wards name none")
        XCTAssertTrue(wards.isCode("11311"))
        XCTAssertFalse(wards.isCode("99999"))
    }
}

private extension Date {
    /// To the whole second (the server keeps whole seconds).
    var rounded: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
