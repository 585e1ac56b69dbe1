import Foundation
import IOCConfig
import IOCDomain
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// The Prometheus connector: the text format's corners, counters as rates between polls (a reset counts from zero),
/// and the fixture endpoint on 127.0.0.1 read twice.
final class PrometheusConnectorTests: XCTestCase {
    private var server: FixtureServer!

    override func setUpWithError() throws {
        server = try FixtureServer()
    }

    /// On the main thread: a task cannot wait for a process to end on Linux.
    override func tearDown() {
        server.stop()
        server = nil
    }

    private func connector(url: URL = URL(string: "http://127.0.0.1:1/metrics")!) -> PrometheusConnector {
        let source = PrometheusSource(url: url, metrics: [
            .init(match: "up", seriesKey: TextTemplate("it.up.{job}")!, name: TextTemplate("Máy chủ {job}")!),
            .init(match: "node_network_receive_bytes_total", seriesKey: TextTemplate("it.rx.{device}")!,
                  name: TextTemplate("Mạng nhận {device}")!, unit: "B/s"),
            .init(match: "node_load1", seriesKey: TextTemplate("it.load")!, name: TextTemplate("Tải")!),
        ])
        return PrometheusConnector(config: SourceConfig(id: "it", name: "Hạ tầng IOC", interval: 15, kind: .prometheus(source)),
                                   source: source)
    }

    func testTheTextFormatsCorners() {
        let parsed = PrometheusText.parse("""
        # HELP http_requests_total The total.
        # TYPE http_requests_total counter
        http_requests_total{method="post",code="200"} 1027 1395066363000
        http_requests_total{method="post",code="400"}    3 1395066363000
        msdos_file_access_time_seconds{path="C:\\\\DIR\\\\FILE.TXT",error="Cannot find file:\\n\\"FILE.TXT\\""} 1.458255915e9
        metric_without_timestamp_and_labels 12.47
        something_weird{problem="division by zero"} +Inf -3982045
        rpc_duration_seconds{quantile="0.5"} NaN
        not a sample line
        """)
        XCTAssertEqual(parsed.types, ["http_requests_total": "counter"])
        XCTAssertEqual(parsed.samples.count, 6)
        XCTAssertEqual(parsed.unreadable, 1)
        XCTAssertEqual(parsed.samples[0], .init(name: "http_requests_total", labels: ["method": "post", "code": "200"],
                                                value: 1027, timestampMs: 1_395_066_363_000))
        XCTAssertEqual(parsed.samples[2].labels["path"], "C:\\DIR\\FILE.TXT")
        XCTAssertEqual(parsed.samples[2].labels["error"], "Cannot find file:\n\"FILE.TXT\"")
        XCTAssertEqual(parsed.samples[3].labels, [:])
        XCTAssertEqual(parsed.samples[4].value, .infinity)
        XCTAssertTrue(parsed.samples[5].value.isNaN)
        XCTAssertTrue(PrometheusText.isCounter("x_total", types: [:]))
        XCTAssertFalse(PrometheusText.isCounter("x_total", types: ["x_total": "gauge"]))
    }

    func testCountersBecomeRatesAndAResetCountsFromZero() throws {
        let c = connector()
        let t0 = Date(timeIntervalSince1970: 1_795_300_000)
        func poll(_ bytes: Double, at seconds: Double) throws -> Batch {
            try c.batch(from: PrometheusText.parse("""
            # TYPE node_network_receive_bytes_total counter
            node_network_receive_bytes_total{device="eth0"} \(bytes)
            up{job="db"} 1
            """), now: t0.addingTimeInterval(seconds))
        }
        let first = try poll(1_000, at: 0)
        XCTAssertEqual(first.observations.map(\.seriesKey), ["it.up.db"], "a rate needs two samples")
        let second = try poll(16_000, at: 15)
        XCTAssertEqual(second.observations.first { $0.seriesKey == "it.rx.eth0" }?.value, 1_000, "15,000 bytes in 15 s")
        let reset = try poll(3_000, at: 30)
        XCTAssertEqual(reset.observations.first { $0.seriesKey == "it.rx.eth0" }?.value, 200, "restarted: 3,000 bytes in 15 s")
        XCTAssertEqual(second.seriesDefinitions.first { $0.key == "it.rx.eth0" }?.unit, "B/s")
    }

    func testTheFixtureEndpointReadTwice() async throws {
        let c = connector(url: server.url("/metrics"))
        let t0 = Date()
        let first = try await c.poll(cursor: nil, now: t0, limits: PollLimits())
        let second = try await c.poll(cursor: nil, now: t0.addingTimeInterval(10), limits: PollLimits())
        let keys = Set(first.observations.map(\.seriesKey))
        XCTAssertTrue(keys.contains("it.up.ioc-db"), "\(keys)")
        XCTAssertFalse(keys.contains("it.load"), "NaN is left out")
        XCTAssertTrue(keys.allSatisfy { key in !key.unicodeScalars.contains { $0.value < 0x20 } }, "no escape from a label: \(keys)")
        let names = first.seriesDefinitions.map(\.name)
        XCTAssertTrue(names.allSatisfy { !$0.contains("\u{1B}") }, "\(names)")
        XCTAssertEqual(second.observations.first { $0.seriesKey == "it.rx.eth0" }?.value, 50, "500 bytes in 10 s")
        do {
            _ = try await connector(url: server.url("/garbage")).poll(cursor: nil, now: t0, limits: PollLimits())
            XCTFail("garbage is not the Prometheus format")
        } catch let error as PollError {
            XCTAssertTrue("\(error)".contains("Prometheus") || "\(error)".contains("UTF-8") || "\(error)".contains("no samples"), "\(error)")
        }
    }
}
