import Foundation
@testable import IOCDomain
import XCTest

/// A gauge as bulletins state it: level reached, nearest level and signed difference, direction, time to the next
/// level from a robust trend — and on a tidal station from daily highs, so that the tide is not a flood coming.
final class WaterLevelStatusTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_790_000_000)
    let longBien = WaterLevelStation(seriesKey: "water.river.long_bien", name: "Sông Hồng tại Long Biên", nameEN: "Red River at Long Biên",
                                     river: "Sông Hồng", levels: [.one: 9.5, .two: 10.5, .three: 11.5])
    let trungTrang = WaterLevelStation(seriesKey: "water.river.trung_trang", name: "Sông Văn Úc tại Trung Trang", nameEN: "",
                                       river: "Sông Văn Úc", levels: [.one: 2.0, .two: 2.3], tidal: true)

    func testLevelsReachedNearestAndBulletinWordsAsATable() {
        let cases: [(Double, WaterAlarmLevel?, String, String)] = [
            (8.0, nil, "dưới báo động I 1,50 m", "1.50 m below alarm level I"),
            (9.5, .one, "trên báo động I 0,00 m", "0.00 m above alarm level I"),
            (10.4, .one, "dưới báo động II 0,10 m", "0.10 m below alarm level II"),
            (10.62, .two, "trên báo động II 0,12 m", "0.12 m above alarm level II"),
            (12.0, .three, "trên báo động III 0,50 m", "0.50 m above alarm level III"),
        ]
        for (value, level, vi, en) in cases {
            let s = WaterLevelStatus(station: longBien, value: value, at: now)
            XCTAssertEqual(s.levelReached, level, "\(value)")
            XCTAssertEqual(s.differenceWords(.vi), vi, "\(value)")
            XCTAssertEqual(s.differenceWords(.en), en, "\(value)")
        }
        XCTAssertEqual(WaterAlarmLevel.three.priority, .emergency)
        XCTAssertEqual(WaterAlarmLevel(priority: 2), .two)
        XCTAssertNil(WaterAlarmLevel(priority: 4))
    }

    func testARisingRiverIsGivenATimeToTheNextLevelDespiteBadReadings() throws {
        // 10 cm an hour for six hours from 9.9 m, every 5 minutes, with a quarter of the readings wild.
        var points: [(time: Date, value: Double)] = []
        for i in 0...72 {
            let t = now - Double(72 - i) * 300
            let good = 9.9 - 0.6 + 0.1 * Double(i) / 12
            points.append((t, i % 4 == 1 ? good + (i % 8 == 1 ? 3 : -3) : good))
        }
        points[points.count - 1].value = 9.9
        let s = WaterLevelStatus.assess(longBien, recent: points, now: now)
        XCTAssertEqual(s.direction, .rising)
        XCTAssertEqual(s.nextLevel, .two)
        let time = try XCTUnwrap(s.timeToNextLevel)
        XCTAssertEqual(time / 3600, 6, accuracy: 0.3, "0.6 m at 0.1 m/h")
        XCTAssertEqual(s.ratePerHour ?? 0, 0.1, accuracy: 0.02)
    }

    func testAFallingOrFlatRiverHasNoTimeToALevel() {
        let falling: [(time: Date, value: Double)] = (0...72).map { i in
            let t: Date = now - Double(72 - i) * 300
            let v: Double = 10 - 0.05 * Double(i) / 12
            return (t, v)
        }
        let s = WaterLevelStatus.assess(longBien, recent: falling, now: now)
        XCTAssertEqual(s.direction, .falling)
        XCTAssertNil(s.timeToNextLevel)
        let flat: [(time: Date, value: Double)] = (0...72).map { i in (now - Double(72 - i) * 300, 9.0) }
        XCTAssertEqual(WaterLevelStatus.assess(longBien, recent: flat, now: now).direction, .steady)
        XCTAssertNil(WaterLevelStatus.assess(longBien, recent: [], now: now).value)
    }

    func testATideRisingIsNotAFloodComingButRisingHighsAre() throws {
        // The flood tide: 0.3 m an hour for the last six hours, as on any day.
        let tide: [(time: Date, value: Double)] = (0...72).map { i in
            let t: Date = now - Double(72 - i) * 300
            let v: Double = 0.2 + 1.6 * sin(Double.pi / 2 * Double(i) / 72)
            return (t, v)
        }
        let calm = WaterLevelStatus.assess(trungTrang, recent: tide, dailyHighs: [1.8, 1.82, 1.79, 1.81, 1.8, 1.8, 1.8], now: now)
        XCTAssertEqual(calm.direction, .rising, "the water is rising now")
        XCTAssertNil(calm.timeToNextLevel, "but the highs are flat: no level is coming")
        let raw = WaterLevelStatus.assess(WaterLevelStation(seriesKey: "x", name: "x", nameEN: "x", river: "x",
                                                            levels: [.one: 2.0, .two: 2.3]), recent: tide, now: now)
        XCTAssertNotNil(raw.timeToNextLevel, "read raw, the same tide would predict a level within hours")
        let spring = WaterLevelStatus.assess(trungTrang, recent: tide, dailyHighs: [1.5, 1.6, 1.7, 1.8, 1.9], now: now)
        XCTAssertEqual(spring.nextLevel, .one)
        XCTAssertEqual(try XCTUnwrap(spring.timeToNextLevel) / WaterLevelStatus.tidalDay, 1, accuracy: 0.01,
                       "0.1 m a day from 1.9 m: level I in a tidal day")
    }
}
