import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// The newest N values of many series kept between poll cycles (`RecentWindows`, `pointsAfter`), on both engines (the
/// store suite's PostgreSQL pass too): whole windows first, then only what is newer, the oldest dropped; a value
/// back-filled with an older time seen at the next full read; the clock injected.
final class RecentWindowsTests: XCTestCase {
    typealias F = CityFixture

    func point(_ key: String, _ minute: Int, _ value: Double) -> Observation {
        Observation(seriesKey: key, time: F.t0 + Double(minute) * 60, value: value)
    }

    func testPointsAfterTakesOnlyTheNewerOnesNewestLimitOldestFirst() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.ingestObservations((0..<10).map { point("a", $0, Double($0)) } + [point("b", 0, 100)], sourceID: "sim")
        let after = try store.pointsAfter(["a": F.t0 + 5 * 60, "b": F.t0, "c": nil, "none": nil], limit: 3)
        XCTAssertEqual(after["a"]?.map(\.value), [7, 8, 9], "strictly newer than minute 5, the newest 3, oldest first")
        XCTAssertEqual(after["b"]?.count, 0, "nothing newer than its only value")
        XCTAssertEqual(after["c"]?.count, 0, "an unknown key")
        XCTAssertEqual(after.count, 4)
        XCTAssertEqual(try store.pointsAfter(["a": nil], limit: 20)["a"]?.map(\.value), (0..<10).map(Double.init),
                       "no time: all of them")
        XCTAssertEqual(try store.pointsAfter([:], limit: 3).count, 0)
    }

    func testWindowsReadWholeThenOnlyWhatIsNewer() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.ingestObservations((0..<6).map { point("a", $0, Double($0)) } + [point("b", 0, 50)], sourceID: "sim")
        let windows = RecentWindows(count: 4, fullReadInterval: 600)
        var now = F.t0 + 600
        var read = try windows.read(["a", "b", "later"], from: store, now: now)
        XCTAssertEqual(read["a"]?.map(\.value), [2, 3, 4, 5])
        XCTAssertEqual(read["b"]?.map(\.value), [50])
        XCTAssertEqual(read["later"]?.count, 0)
        XCTAssertEqual([windows.fullReads, windows.newerReads], [1, 0])

        // A poll cycle later: one new value of a, two of b, the first of "later".
        try store.ingestObservations([point("a", 6, 6), point("b", 1, 51), point("b", 2, 52), point("later", 6, 70)],
                                     sourceID: "sim")
        now += 60
        read = try windows.read(["a", "b", "later"], from: store, now: now)
        XCTAssertEqual(read["a"]?.map(\.value), [3, 4, 5, 6], "the oldest dropped")
        XCTAssertEqual(read["b"]?.map(\.value), [50, 51, 52])
        XCTAssertEqual(read["later"]?.map(\.value), [70])
        XCTAssertEqual([windows.fullReads, windows.newerReads], [1, 1], "only the newer values were read")

        // A value back-filled with an older time is not newer than a's newest: seen at the next full read.
        try store.ingestObservations([point("a", 4, 400)], sourceID: "sim")
        now += 60
        XCTAssertEqual(try windows.read(["a"], from: store, now: now)["a"]?.map(\.value), [3, 4, 5, 6])
        now += 600
        XCTAssertEqual(try windows.read(["a"], from: store, now: now)["a"]?.map(\.value), [3, 400, 5, 6])
        XCTAssertEqual([windows.fullReads, windows.newerReads], [2, 2])

        // b, not asked for at that full read, was let go: read whole again; a held one only for what is newer.
        try store.ingestObservations([point("a", 7, 7)], sourceID: "sim")
        read = try windows.read(["a", "b"], from: store, now: now + 1)
        XCTAssertEqual(read["b"]?.map(\.value), [50, 51, 52])
        XCTAssertEqual(read["a"]?.map(\.value), [400, 5, 6, 7])
        XCTAssertEqual([windows.fullReads, windows.newerReads], [3, 3])
        // A clock set back is a full read; so is the first read after a reset.
        _ = try windows.read(["a"], from: store, now: now - 3600)
        XCTAssertEqual(windows.fullReads, 4, "a clock set back is a full read")
        windows.reset()
        XCTAssertEqual(try windows.read(["b"], from: store, now: now - 3600)["b"]?.map(\.value), [50, 51, 52])
        XCTAssertEqual(windows.fullReads, 5)
    }
}
