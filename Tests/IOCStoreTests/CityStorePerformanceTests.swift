import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Throughput and latency on realistic volumes. Bounds are loose enough for a debug build on a shared 2-core
/// machine; the measured figures are printed (run with `-c release` for the numbers in the store's report).
final class CityStorePerformanceTests: XCTestCase {
    typealias F = CityFixture

    func testIngestsAHundredThousandRowsAcrossAThousandSeriesInOneTransaction() throws {
        let temp = TemporaryDatabase()
        defer { temp.remove() }
        let store = try temp.openStore()
        let rows = 100_000, seriesCount = 1000
        let keys = (0..<seriesCount).map { "bench.series.\($0)" }
        let observations = (0..<rows).map { i in
            Observation(seriesKey: keys[i % seriesCount], time: F.t0.addingTimeInterval(Double(i / seriesCount) * 60),
                        value: Double(i))
        }
        let started = Date()
        try store.ingestObservations(observations, sourceID: "bench")
        let seconds = Date().timeIntervalSince(started)
        print("IOCStore ingest: \(rows) rows, \(seriesCount) series in \(String(format: "%.3f", seconds)) s = "
              + "\(Int(Double(rows) / seconds)) rows/s")
        XCTAssertEqual(try store.observationCount(), rows)
        XCTAssertLessThan(seconds, 20)
    }

    func testDashboardOfARealisticCityStaysFast() throws {
        let temp = TemporaryDatabase()
        defer { temp.remove() }
        let store = try temp.openStore()
        let now = F.t0
        // 150 series (50 socio-economic, 100 public order) with 2 days of 1-minute data.
        let definitions = (0..<150).map { i in
            F.series("city.s\(i)", pillar: i < 50 ? .socioEconomic : .publicOrder, name: "Chỉ số \(i)")
        }
        let agencies = (0..<20).map { Agency(code: "AG\($0)", name: "Sở \($0)", nameEN: "Dept \($0)") }
        try store.recordSuccess(sourceID: "sim", batch: Batch(seriesDefinitions: definitions, agencies: agencies),
                                at: now, durationMs: 1)
        let minutes = 2 * 24 * 60
        for chunk in stride(from: 0, to: 150, by: 25) {
            var observations: [Observation] = []
            observations.reserveCapacity(25 * minutes)
            for s in chunk..<(chunk + 25) {
                for m in 0..<minutes {
                    let time = now.addingTimeInterval(-Double(minutes - 1 - m) * 60)
                    observations.append(Observation(seriesKey: "city.s\(s)", time: time, value: Double(m % 97)))
                }
            }
            try store.ingestObservations(observations, sourceID: "sim")
        }
        // 30k events: 15k dossiers, 10k feedback cases, 4k incidents, 1k directives over 60 days.
        var events: [CityEvent] = []
        events.reserveCapacity(30_000)
        let kinds: [(EventKind, Int, [EventStatus])] = [
            (.dossier, 15_000, [.received, .inProgress, .done, .done, .done]),
            (.feedback, 10_000, [.new, .routed, .inProgress, .resolved, .rated]),
            (.incident, 4_000, [.open, .closed, .closed]),
            (.directive, 1_000, [.open, .closed]),
        ]
        for (kind, count, statuses) in kinds {
            for i in 0..<count {
                let status = statuses[i % statuses.count]
                let opened = Double(i % 60) * F.day + Double(i % 24) * F.hour
                let due = opened > 0 ? -opened + Double(i % 20) * F.day : nil
                events.append(F.event(kind, "\(kind.rawValue)-\(i)", status: status, agency: "AG\(i % 20)",
                                      category: ["fire", "traffic_accident", "flooding", "public_order"][i % 4],
                                      openedAgo: opened, due: due, closed: status.isOpen ? nil : -opened / 2))
            }
        }
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: events), at: now, durationMs: 1)
        XCTAssertEqual(try store.observationCount(), 150 * minutes)
        XCTAssertEqual(try store.eventCount(), 30_000)

        _ = try store.dashboard(now: now) // warm the page cache
        var timings: [Double] = []
        var snapshot = DashboardSnapshot(readAt: now)
        for _ in 0..<9 {
            let started = Date()
            snapshot = try store.dashboard(now: now)
            timings.append(Date().timeIntervalSince(started) * 1000)
        }
        let median = timings.sorted()[timings.count / 2]
        print("IOCStore dashboard: median \(String(format: "%.1f", median)) ms over \(timings.count) reads "
              + "(150 series x 2 days of minutes, 30k events)")
        XCTAssertEqual(snapshot.socioEconomic.count, 50)
        XCTAssertEqual(snapshot.publicOrder.count, 100)
        XCTAssertTrue(snapshot.publicOrder.allSatisfy { $0.history.count == 13 }, "13 points, 10 minutes apart")
        XCTAssertEqual(snapshot.government.count, 20)
        XCTAssertEqual(snapshot.recentIncidents.count, 20)
        XCTAssertEqual(snapshot.directives.count, 50)
        XCTAssertLessThan(median, 500)

        let started = Date()
        for _ in 0..<50 { _ = try store.changeToken() }
        let tokenMs = Date().timeIntervalSince(started) * 1000 / 50
        print("IOCStore changeToken: \(String(format: "%.3f", tokenMs)) ms per call")
        XCTAssertLessThan(tokenMs, 20)
    }
}
