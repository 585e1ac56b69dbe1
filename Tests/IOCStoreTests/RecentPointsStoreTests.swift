import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// The newest N raw values of many series at once (`recentPoints`), on both engines (the store suite's PostgreSQL
/// pass too): per series oldest first, at most N, unknown keys empty, keys with quotes and commas read right.
final class RecentPointsStoreTests: XCTestCase {
    typealias F = CityFixture

    func testTheNewestPointsOfEverySeriesOldestFirst() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let keys = ["aqi.a", "odd \"key\", {with} \\ marks", "few"]
        var observations: [Observation] = []
        for (k, key) in keys.enumerated() {
            let n = key == "few" ? 2 : 6
            for i in 0..<n {
                observations.append(Observation(seriesKey: key, time: F.t0 + Double(i) * 60, value: Double(k * 100 + i)))
            }
        }
        try store.ingestObservations(observations, sourceID: "sim")
        let points = try store.recentPoints(keys: keys + ["unknown"], count: 4)
        XCTAssertEqual(points["aqi.a"]?.map(\.value), [2, 3, 4, 5])
        XCTAssertEqual(points["aqi.a"]?.map(\.time), (2..<6).map { F.t0 + Double($0) * 60 })
        XCTAssertEqual(points[keys[1]]?.map(\.value), [102, 103, 104, 105])
        XCTAssertEqual(points["few"]?.map(\.value), [200, 201], "fewer than asked: all of them")
        XCTAssertEqual(points["unknown"]?.count, 0)
        XCTAssertEqual(points.count, 4)
        XCTAssertEqual(try store.recentPoints(keys: [], count: 4).count, 0)
        XCTAssertEqual(try store.recentPoints(keys: ["few", "few"], count: 4)["few"]?.map(\.value), [200, 201],
                       "a key asked twice is read once")
    }

    func testPointsWrittenOutOfOrderComeBackInTimeOrderWithTheirQuality() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        // Newest first, in two polls, the older half later (a back-fill): the rows' physical order is not time order.
        let late = (5..<10).reversed().map { Observation(seriesKey: "w", time: F.t0 + Double($0) * 60, value: Double($0),
                                                         quality: $0 % 2 == 0 ? .good : .uncertain) }
        let early = (0..<5).reversed().map { Observation(seriesKey: "w", time: F.t0 + Double($0) * 60, value: Double($0),
                                                         quality: $0 % 2 == 0 ? .good : .uncertain) }
        try store.ingestObservations(late, sourceID: "sim")
        try store.ingestObservations(early, sourceID: "sim")
        let points = try store.recentPoints(keys: ["w"], count: 7)["w"] ?? []
        XCTAssertEqual(points.map(\.value), [3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(points.map(\.time), (3..<10).map { F.t0 + Double($0) * 60 })
        XCTAssertEqual(points.map(\.quality), [.uncertain, .good, .uncertain, .good, .uncertain, .good, .uncertain])
    }
}
