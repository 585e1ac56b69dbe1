import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IOCConfig
import IOCDomain
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// Issue 14, item 2: the Open311 GeoReport v2 connector against `Tests/Fixtures/open311/server.py` on 127.0.0.1 —
/// the spec's examples and our cases, in JSON and XML, ids as text, raw statuses mapped by config, windows of at
/// most 90 days read page by page, and open requests re-read by id when the server filters on filing time.
final class Open311ConnectorTests: XCTestCase {
    private var server: FixtureServer?

    /// On the main thread: a task cannot wait for a process to end on Linux.
    override func tearDown() {
        server?.stop()
        server = nil
    }

    private func start(_ arguments: [String] = []) throws -> FixtureServer {
        let started = try FixtureServer(script: "open311/server.py", arguments: arguments)
        server = started
        return started
    }

    private func connector(_ server: FixtureServer, _ change: (inout Open311Source) -> Void = { _ in }) -> Open311Connector {
        var source = Open311Source(url: server.url("/open311/v2/"))
        change(&source)
        return Open311Connector(config: SourceConfig(id: "pakn", name: "PAKN", interval: 30, kind: .open311(source)),
                                source: source)
    }

    private func served(_ server: FixtureServer) throws -> [String] {
        let data = try Data(contentsOf: server.url("/_control/log"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String])
    }

    private static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func testTheSpecsExamplesReadTheSameInJSONAndXML() async throws {
        let server = try start()
        let now = Self.date("2010-05-01T00:00:00Z")
        let json = try await connector(server).poll(cursor: nil, now: now, limits: PollLimits())
        let xml = try await connector(server) { $0.format = .xml }.poll(cursor: nil, now: now, limits: PollLimits())
        XCTAssertEqual(json.events.map(\.externalID), ["638344", "638349"])
        XCTAssertEqual(json.events, xml.events, "JSON and XML give the same cases")
        let closed = json.events[0]
        XCTAssertEqual(closed.kind, .feedback)
        XCTAssertEqual(closed.status, .resolved)
        XCTAssertEqual(closed.sourceStatus, "closed")
        XCTAssertEqual(closed.category, "006", "a code's leading zeros survive")
        XCTAssertEqual(closed.title, "Sidewalk and Curb Issues – 8TH AVE and JUDAH ST")
        XCTAssertEqual(closed.detail, "Duplicate request.")
        XCTAssertEqual(closed.openedAt, Self.date("2010-04-14T14:37:38Z"))
        XCTAssertEqual(closed.dueAt, Self.date("2010-04-15T14:37:38Z"))
        XCTAssertEqual(closed.closedAt, closed.updatedAt)
        XCTAssertEqual(json.events[1].status, .new)
        XCTAssertNil(json.events[1].closedAt)
        XCTAssertNil(json.rejected)
        let requests = try served(server).filter { $0.hasPrefix("/open311/v2/requests.") }
        XCTAssertTrue(requests.allSatisfy { $0.contains("start_date=2010-04-01T00:00:00Z") && $0.contains("end_date=2010-05-01T00:00:00Z") },
                      "\(requests)")
    }

    func testIdsAreTextAndAStatusNotInTheSpecIsKeptRawAndMappedByConfig() async throws {
        let server = try start(["--shift"])
        let plain = try await connector(server) { $0.sinceDays = 90 }.poll(cursor: nil, now: Date(), limits: PollLimits())
        let byID = Dictionary(uniqueKeysWithValues: plain.events.map { ($0.externalID, $0) })
        XCTAssertEqual(Set(byID.keys), ["000123", "7781", "HP-2026-0042", "0000", "99001"])
        XCTAssertEqual(byID["HP-2026-0042"]?.status, .new, "an unlisted status takes unknown_status")
        XCTAssertEqual(byID["HP-2026-0042"]?.sourceStatus, "acknowledged", "the source's word is kept")
        XCTAssertEqual(byID["HP-2026-0042"]?.detail, "Quán nhậu lấn chiếm toàn bộ vỉa hè, người đi bộ phải xuống lòng đường.\nĐã chuyển UBND phường.")
        XCTAssertEqual(byID["7781"]?.agencyCode, "SXD")

        let mapped = try await connector(server) {
            $0.sinceDays = 90
            $0.statuses["acknowledged"] = .inProgress
        }.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertEqual(mapped.events.first { $0.externalID == "HP-2026-0042" }?.status, .inProgress)

        let xml = try await connector(server) { $0.sinceDays = 90; $0.format = .xml }
            .poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertEqual(Set(xml.events.map(\.externalID)), Set(byID.keys), "XML keeps the same ids, zeros and all")
    }

    func testEveryWindowIsAtMostNinetyDaysAndEveryPageIsRead() async throws {
        let server = try start(["--shift", "--generate", "500"])
        let connector = connector(server) { $0.sinceDays = 200; $0.pageSize = 50 }
        var cursor: String?
        var ids: Set<String> = []
        var polls = 0
        repeat {
            let batch = try await connector.poll(cursor: cursor, now: Date(), limits: PollLimits())
            ids.formUnion(batch.events.map(\.externalID))
            XCTAssertNotNil(batch.cursor)
            cursor = batch.cursor
            polls += 1
        } while polls < 3
        // 500 generated, one every 6 hours back (125 days), and our five: all within 200 days.
        XCTAssertEqual(ids.count, 505)
        XCTAssertTrue(ids.isSuperset(of: ["G00001", "G00500", "000123", "0000"]))
        let requests = try served(server).filter { $0.hasPrefix("/open311/v2/requests.json") }
        let formatter = ISO8601DateFormatter()
        for request in requests {
            let query = try XCTUnwrap(URLComponents(string: request)?.queryItems)
            let value = { (name: String) in query.first { $0.name == name }?.value.flatMap(formatter.date(from:)) }
            let start = try XCTUnwrap(value("start_date")), end = try XCTUnwrap(value("end_date"))
            XCTAssertLessThanOrEqual(end.timeIntervalSince(start), 90 * 86_400, request)
        }
        XCTAssertTrue(requests.contains { $0.contains("page=2&page_size=50") }, "\(requests.prefix(5))")
    }

    func testWhenTheServerFiltersOnFilingTimeOpenRequestsAreReadAgainById() async throws {
        let server = try start(["--shift", "--date-field", "requested_datetime"])
        let connector = connector(server) { $0.sinceDays = 90; $0.dateField = .requested }
        let first = try await connector.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertEqual(first.events.first { $0.externalID == "HP-2026-0042" }?.status, .new)

        // The ward closes the case two days after it was filed: its filing time is behind the cursor.
        var request = URLRequest(url: server.url("/_control/requests"))
        request.httpMethod = "POST"
        request.httpBody = Data("""
            [{"service_request_id": "HP-2026-0042", "status": "closed", "service_name": "Trật tự đô thị",
              "service_code": "TT03", "description": "Đã giải tỏa.", "requested_datetime": "2026-11-29T21:45:00+07:00",
              "updated_datetime": "\(ISO8601DateFormatter().string(from: Date()))"}]
            """.utf8)
        _ = try await URLSession.shared.data(for: request)

        let second = try await connector.poll(cursor: first.cursor, now: Date(), limits: PollLimits())
        let closed = try XCTUnwrap(second.events.first { $0.externalID == "HP-2026-0042" })
        XCTAssertEqual(closed.status, .resolved)
        XCTAssertNotNil(closed.closedAt)
        XCTAssertTrue(try served(server).contains("/open311/v2/requests/HP-2026-0042.json"))
        XCTAssertFalse(try XCTUnwrap(Open311Cursor.decode(second.cursor)).open.contains("HP-2026-0042"),
                       "a closed case is no longer re-read")
    }

    func testARequestStampedFarAheadIsRefusedAndTheCursorStaysInThePresent() throws {
        let source = Open311Source(url: URL(string: "http://127.0.0.1:1/")!)
        let now = Self.date("2026-12-06T00:00:00Z")
        let reader = Open311Records(source: source, now: now)
        let records = try reader.records(from: Data("""
            [{"service_request_id": 1, "status": "open", "updated_datetime": "2099-01-01T00:00:00Z"},
             {"service_request_id": 2, "status": "open", "updated_datetime": "2026-12-05T23:00:00Z"}]
            """.utf8))
        let (events, problems) = reader.events(records)
        XCTAssertEqual(events.map(\.externalID), ["2"])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("ahead of this clock"), problems[0])
        let window = Open311Connector.window(after: nil, now: now, source: source)
        let future = Self.date("2099-01-01T00:00:00Z")
        XCTAssertEqual(Open311Connector.cursorTime(window: window, newest: future, previous: nil, now: now), now)
    }

    func testGarbageAndHostileXMLAreInvalidResponsesNamingWhy() throws {
        let json = Open311Records(source: Open311Source(url: URL(string: "http://127.0.0.1:1/")!), now: Date())
        XCTAssertThrowsError(try json.records(from: Data("<html>".utf8))) {
            XCTAssertEqual(($0 as? PollError)?.description.contains("not JSON"), true, "\($0)")
        }
        XCTAssertThrowsError(try json.records(from: Data(#"{"error": "x"}"#.utf8))) {
            XCTAssertEqual(($0 as? PollError)?.description.contains("expected a list"), true, "\($0)")
        }
        let xml = Open311Records(source: Open311Source(url: URL(string: "http://127.0.0.1:1/")!, format: .xml), now: Date())
        let bomb = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <service_requests><request><service_request_id>&lol2;</service_request_id></request></service_requests>
            """
        XCTAssertThrowsError(try xml.records(from: Data(bomb.utf8))) {
            XCTAssertEqual(($0 as? PollError)?.description.contains("DOCTYPE"), true, "\($0)")
        }
        XCTAssertThrowsError(try xml.records(from: Data("<service_requests><request></service_requests>".utf8))) {
            XCTAssertEqual(($0 as? PollError)?.description.contains("not well-formed"), true, "\($0)")
        }
    }
}
