import Foundation
import IOCConfig
import IOCDomain
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// Runs the connector against `Tests/Fixtures/hostile_server.py` on 127.0.0.1.
final class HTTPJSONConnectorTests: XCTestCase {
    private var server: FixtureServer!
    private var port = 0
    private let now = Date(timeIntervalSince1970: 1_751_500_000)

    override func setUpWithError() throws {
        server = try FixtureServer()
        port = server.port
        XCTAssertGreaterThan(port, 0, "the hostile server printed its port")
    }

    override func tearDown() {
        server.stop()
        server = nil
    }

    private func feedbackConfig(_ path: String, timeout: Double = 2, maxBytes: Int = 1 << 20,
                                records: String = "data.items", cursorParameter: String? = nil) -> SourceConfig {
        let events = EventMapping(
            kind: .feedback, id: FieldPath("ma")!, title: TextTemplate("{tieu_de}")!,
            status: StatusMapping(path: FieldPath("trang_thai")!, values: ["moi": .new, "dang_xu_ly": .inProgress]),
            category: FieldPath("linh_vuc"), agency: FieldPath("don_vi"), ward: FieldPath("ma_phuong"),
            opened: FieldPath("ngay_tiep_nhan"), due: FieldPath("han_xu_ly"), updated: FieldPath("ngay_cap_nhat"),
            progress: FieldPath("tien_do"), detail: FieldPath("noi_dung"))
        return SourceConfig(id: "pakn", name: "PAKN", timeout: timeout, maxBytes: maxBytes, kind: .httpJSON(HTTPJSONSource(
            url: URL(string: "http://127.0.0.1:\(port)\(path)")!, cursorParameter: cursorParameter,
            mapping: SourceMapping(records: FieldPath(records)!, target: .events(events)))))
    }

    private func poll(_ config: SourceConfig, cursor: String? = nil) async throws -> Batch {
        try await HTTPJSONConnector(config: config, source: config.http)
            .poll(cursor: cursor, now: now, limits: PollLimits(maxResponseBytes: config.maxBytes,
                                                               timeoutSeconds: config.timeout))
    }

    private func assertPollFails(_ config: SourceConfig, with expected: PollError,
                                 file: StaticString = #filePath, line: UInt = #line) async {
        do {
            let batch = try await poll(config)
            XCTFail("poll succeeded with \(batch.events.count) events", file: file, line: line)
        } catch {
            XCTAssertEqual(error as? PollError, expected, "\(error)", file: file, line: line)
        }
    }

    func testValidFeedbackBecomesEventsAndSkipsRecordsWithoutID() async throws {
        let batch = try await poll(feedbackConfig("/ok"))
        XCTAssertEqual(batch.events.map(\.externalID), ["PA-001", "2"])
        let first = batch.events[0]
        XCTAssertEqual(first.title, "Ngập nước đường Lạch Tray")
        XCTAssertEqual(first.status, .inProgress)
        XCTAssertEqual(first.kind, .feedback)
        XCTAssertEqual(first.agencyCode, "SXD")
        XCTAssertEqual(first.wardCode, "11311")
        XCTAssertEqual(first.openedAt, ISO8601DateFormatter().date(from: "2025-07-01T01:30:00Z"))
        XCTAssertEqual(first.dueAt, ISO8601DateFormatter().date(from: "2025-07-08T10:00:00Z"), "local time is UTC+7")
        XCTAssertEqual(first.progress, 40)
        XCTAssertEqual(batch.events[1].status, .new)
        XCTAssertEqual(batch.events[1].updatedAt, Date(timeIntervalSince1970: 1_751_450_400))
        XCTAssertEqual(batch.events[1].openedAt, batch.events[1].updatedAt, "opened defaults to updated")
        XCTAssertEqual(batch.cursor, "2025-07-02T17:00:00+07:00", "the newest update time")
    }

    func testObservationsWithSeriesDefinitions() async throws {
        let series = SeriesTemplate(pillar: .publicOrder, name: TextTemplate("VN_AQI {name}")!,
                                    nameEN: TextTemplate("VN_AQI {name}")!, unit: "AQI", direction: .lowerIsBetter,
                                    warnAbove: 100)
        let mapping = ObservationMapping(seriesKey: TextTemplate("aqi.station.{id}")!, value: FieldPath("aqi")!,
                                         time: FieldPath("time"), series: series)
        var config = feedbackConfig("/ok")
        config.http.mapping = SourceMapping(records: FieldPath("stations")!, target: .observations(mapping))
        let batch = try await poll(config)
        XCTAssertEqual(batch.observations.map(\.seriesKey), ["aqi.station.an_duong", "aqi.station.le_chan"])
        XCTAssertEqual(batch.observations.map(\.value), [87, 151])
        XCTAssertEqual(batch.observations[1].time, ISO8601DateFormatter().date(from: "2025-07-01T01:00:00Z"))
        XCTAssertEqual(batch.seriesDefinitions.map(\.name), ["VN_AQI An Dương", "VN_AQI Lê Chân"])
        XCTAssertEqual(batch.seriesDefinitions.first?.warnAbove, 100)
    }

    /// The transport's answers to hostile servers, each named in words an operator can act on (Decision 56).
    func testHostileTransportsAreNamed() async {
        await assertPollFails(feedbackConfig("/404"), with: .httpStatus(404))
        await assertPollFails(feedbackConfig("/not-modified"), with: .httpStatus(304))
        await assertPollFails(feedbackConfig("/redirect-loop"), with: .transport(
            "redirect loop: http://127.0.0.1:\(port)/redirect-loop → http://127.0.0.1:\(port)/redirect-loop-b → "
            + "http://127.0.0.1:\(port)/redirect-loop"))
        await assertPollFails(feedbackConfig("/invalid-utf8"), with: .invalidResponse("body is not UTF-8 (byte 0xFF at offset 53)"))
        await assertPollFails(feedbackConfig("/hang", timeout: 0.5), with: .timeout(seconds: 0.5))
        do {
            _ = try await poll(feedbackConfig("/reset"))
            XCTFail("a reset connection is not an answer")
        } catch {
            XCTAssertTrue("\(error)".contains("connection lost mid-answer"), "\(error)")
        }
    }

    /// A source's configured headers (its API key) go to its own origin only: a redirect to another host gets none.
    func testARedirectToAnotherOriginDropsTheConfiguredHeaders() async throws {
        var config = feedbackConfig("/echo-headers")
        config.http.headers = ["X-Api-Key": "${KEY}"]
        func titles(_ config: SourceConfig) async throws -> String {
            let batch = try await HTTPJSONConnector(config: config, source: config.http, environment: ["KEY": "s3cret"])
                .poll(cursor: nil, now: now, limits: PollLimits(maxResponseBytes: config.maxBytes, timeoutSeconds: 2))
            return batch.events.first?.title ?? ""
        }
        let direct = try await titles(config)
        XCTAssertTrue(direct.contains("x-api-key"), direct)
        var redirected = feedbackConfig("/redirect-other")
        redirected.http.headers = config.http.headers
        let other = try await titles(redirected)
        XCTAssertFalse(other.isEmpty, "the redirect was followed")
        XCTAssertFalse(other.contains("x-api-key"), other)
        XCTAssertTrue(other.contains("accept"), other)
    }

    func testServerErrorIsHTTPStatus() async {
        await assertPollFails(feedbackConfig("/500"), with: .httpStatus(500))
    }

    func testGarbageIsAnInvalidResponseWithCleanText() async {
        await assertPollFails(feedbackConfig("/garbage"),
                              with: .invalidResponse("body is not JSON (starts with \"<html> not json {{{\")"))
    }

    func testWrongShapeNamesThePath() async {
        await assertPollFails(feedbackConfig("/shape"),
                              with: .invalidResponse("expected a list of records at 'data.items', found an object"))
        await assertPollFails(feedbackConfig("/ok", records: "data.missing"),
                              with: .invalidResponse("no records at 'data.missing'"))
    }

    func testHugeStreamedBodyIsCutOffAtTheLimit() async {
        let started = Date()
        await assertPollFails(feedbackConfig("/huge", timeout: 10, maxBytes: 1 << 20),
                              with: .responseTooLarge(limit: 1 << 20))
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "stops reading at the limit")
    }

    func testDeclaredHugeBodyIsRefusedFromContentLength() async {
        let started = Date()
        await assertPollFails(feedbackConfig("/huge-declared", timeout: 10, maxBytes: 1 << 20),
                              with: .responseTooLarge(limit: 1 << 20))
        XCTAssertLessThan(Date().timeIntervalSince(started), 4, "refuses before the server finishes")
    }

    func testTricklingBodyFailsAtTheWholePollTimeout() async {
        let started = Date()
        await assertPollFails(feedbackConfig("/trickle", timeout: 1.5), with: .timeout(seconds: 1.5))
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertGreaterThanOrEqual(elapsed, 1.4)
        XCTAssertLessThan(elapsed, 4)
    }

    func testEscapeSequencesNeverSurvive() async throws {
        let batch = try await poll(feedbackConfig("/escapes", records: "items"))
        let event = try XCTUnwrap(batch.events.first)
        XCTAssertEqual(event.externalID, "X-1")
        XCTAssertEqual(event.title, "Bình thường đỏ")
        XCTAssertEqual(event.category, "traffic")
        XCTAssertEqual(event.detail, "abc  d")
        for text in [event.externalID, event.title, event.category, event.detail] {
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, text)
        }
    }

    func testAnOutOfRangeNumberRejectsOnlyItsRecord() async throws {
        let batch = try await poll(feedbackConfig("/out-of-range", records: "items"))
        XCTAssertEqual(batch.events.map(\.externalID), ["R-2"])
        XCTAssertEqual(batch.events.first?.title, "Bình thường 1e400")
        XCTAssertEqual(batch.rejected, "1 of 2 records rejected; record 0: field 'tien_do' holds a number out of range (1e400)")
    }

    func testCursorIsSentAsAQueryParameter() async throws {
        let batch = try await poll(feedbackConfig("/cursor", cursorParameter: "since"),
                                   cursor: "2025-07-02T17:00:00+07:00")
        XCTAssertEqual(batch.events.first?.externalID, "since=2025-07-02T17:00:00%2B07:00")
        XCTAssertEqual(batch.cursor, "2025-07-03T00:00:00+07:00")
    }

    func testRefusedConnectionIsATransportError() async throws {
        var config = feedbackConfig("/ok")
        config.http.url = URL(string: "http://127.0.0.1:1/ok")!
        do {
            _ = try await poll(config)
            XCTFail("connected to port 1")
        } catch let error as PollError {
            guard case .transport = error else { return XCTFail("\(error)") }
        }
    }

    func testCancellationStopsAPollPromptly() async throws {
        let config = feedbackConfig("/trickle", timeout: 10)
        let started = Date()
        let connector = HTTPJSONConnector(config: config, source: config.http)
        let pollTime = now
        let task = Task {
            try await connector.poll(cursor: nil, now: pollTime, limits: PollLimits(maxResponseBytes: 1 << 20,
                                                                                     timeoutSeconds: 10))
        }
        try await Task.sleep(nanoseconds: 300_000_000)
        task.cancel()
        let result = await task.result
        XCTAssertThrowsError(try result.get()) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
    }

    func testHeaderValuesReadSecretsFromTheEnvironment() throws {
        var config = feedbackConfig("/ok", cursorParameter: "since")
        config.http.headers = ["Authorization": "Bearer ${PAKN_TOKEN}", "X-Plain": "a${b"]
        let connector = HTTPJSONConnector(config: config, source: config.http, environment: ["PAKN_TOKEN": "s3cret"])
        let request = try connector.request(cursor: "c 1")
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization"), "Bearer s3cret")
        XCTAssertEqual(request.value(forHTTPHeaderField: "X-Plain"), "a${b")
        XCTAssertEqual(request.url.absoluteString, "http://127.0.0.1:\(port)/ok?since=c%201")
        XCTAssertThrowsError(try HTTPJSONConnector(config: config, source: config.http, environment: [:]).request(cursor: nil)) {
            XCTAssertEqual($0 as? PollError,
                           .transport("environment variable PAKN_TOKEN is not set (header Authorization)"))
        }
    }
}

private extension SourceConfig {
    /// The http-json fields of a test config, to read and change in place.
    var http: HTTPJSONSource {
        get {
            guard case .httpJSON(let source) = kind else { preconditionFailure("not an http-json source") }
            return source
        }
        set { kind = .httpJSON(newValue) }
    }
}
