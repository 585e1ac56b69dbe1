import Foundation
import IOCDomain
@testable import IOCEngine
import XCTest

final class CityDynamicsTests: XCTestCase {
    private static let model = try! CityModel.load(.haiphong)

    /// Samples every 10 minutes over `days` from `start`.
    private func samples(from start: Date, days: Int) -> [Date] {
        (0..<(days * 144)).map { start + Double($0) * 600 }
    }

    func testHeavyRainPushesAGaugeOverItsAlertLevel() {
        let dynamics = CityDynamics(model: Self.model, seed: 7)
        let july = Date(timeIntervalSince1970: 1_751_302_800) // 2025-07-01 00:00 UTC+7
        var maxRain = 0.0
        var overAlert = Set<String>()
        for time in samples(from: july, days: 14) {
            let rain = dynamics.rainfall(at: time)
            maxRain = max(maxRain, rain)
            let recent = dynamics.recentRain(at: time)
            for index in Self.model.gauges.indices
            where dynamics.waterLevel(index, at: time, recentRain: recent) > Self.model.gauges[index].alertLevelCm {
                overAlert.insert(Self.model.gauges[index].slug)
                XCTAssertGreaterThan(recent, 10, "a gauge over its alert level without rain")
            }
        }
        XCTAssertGreaterThan(maxRain, 30)
        XCTAssertFalse(overAlert.isEmpty)
    }

    func testAirQualityEpisodesReachPoorLevelsInWinter() {
        let dynamics = CityDynamics(model: Self.model, seed: 7)
        let december = Date(timeIntervalSince1970: 1_764_522_000) // 2025-12-01 00:00 UTC+7
        var peak = 0.0
        for time in samples(from: december, days: 7) {
            for index in Self.model.stations.indices {
                peak = max(peak, dynamics.airQuality(index, at: time, rainfall: dynamics.rainfall(at: time)))
            }
        }
        XCTAssertGreaterThan(peak, 150)
        XCTAssertLessThanOrEqual(peak, 500)
    }
}
