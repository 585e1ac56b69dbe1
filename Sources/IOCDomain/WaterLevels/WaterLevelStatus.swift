import Foundation
import IOCAnalytics

/// A gauge as a hydro-met bulletin states it: the level now, rising or falling, the signed difference to the
/// nearest official alarm level ("trên báo động II 0,12 m"), and when the next level will be reached if the trend
/// holds — read from a robust trend (Theil–Sen) of the last hours, or on a tidal station from its daily highs, so
/// that a spring tide does not read as a flood coming (DOMAIN.md, "Early warning").
public struct WaterLevelStatus: Sendable, Hashable {
    public var station: WaterLevelStation
    /// The newest reading (metres) and its time; nil when the gauge has none.
    public var value: Double?
    public var at: Date?
    public var direction: WaterLevelDirection
    /// Metres per hour over the last hour (Theil–Sen), nil with too few readings.
    public var ratePerHour: Double?
    /// The next official level above the water, and when the trend reaches it (nil: not rising towards it, or beyond
    /// `horizon`).
    public var nextLevel: WaterAlarmLevel?
    public var timeToNextLevel: TimeInterval?
    /// The daily highs the trend was read from (tidal stations), oldest first, so a screen can say so.
    public var dailyHighs: [Double]

    /// Readings this close to flat per hour read as steady (1 cm/h).
    public static let steadyRate = 0.01
    /// How far ahead a time to the next level is told; beyond it the trend is too weak to say.
    public static let horizon: TimeInterval = 72 * 3600
    /// A tidal day (two high waters): 24 h 50 min.
    public static let tidalDay: TimeInterval = 89_400

    public init(station: WaterLevelStation, value: Double? = nil, at: Date? = nil, direction: WaterLevelDirection = .steady,
                ratePerHour: Double? = nil, nextLevel: WaterAlarmLevel? = nil, timeToNextLevel: TimeInterval? = nil,
                dailyHighs: [Double] = []) {
        self.station = station; self.value = value; self.at = at; self.direction = direction; self.ratePerHour = ratePerHour
        self.nextLevel = nextLevel; self.timeToNextLevel = timeToNextLevel; self.dailyHighs = dailyHighs
    }

    /// The level reached now, nil below báo động I (or with no reading).
    public var levelReached: WaterAlarmLevel? { value.flatMap { station.levelReached($0) } }

    /// The nearest level and the signed difference to it.
    public var nearest: (level: WaterAlarmLevel, difference: Double)? { value.flatMap { station.nearestLevel(to: $0) } }

    /// Assesses a gauge from its recent readings (oldest first; the last six hours are enough) and, for a tidal
    /// station, the highest reading of each of the last tidal days (oldest first, the newest being the one ending
    /// now).
    public static func assess(_ station: WaterLevelStation, recent: [(time: Date, value: Double)],
                              dailyHighs: [Double] = [], now: Date) -> WaterLevelStatus {
        let points = recent.filter { $0.value.isFinite && $0.time <= now }
        var status = WaterLevelStatus(station: station, value: points.last?.value, at: points.last?.time,
                                      dailyHighs: station.tidal ? dailyHighs : [])
        guard let last = points.last else { return status }
        // Direction: the last hour's Theil–Sen slope.
        let hour = thinned(points.filter { $0.time >= last.time.addingTimeInterval(-3600) }, to: 30)
        if hour.count >= 3, let fit = RobustStatistics.theilSen(x: hour.map { $0.time.timeIntervalSince(last.time) / 3600 },
                                                                y: hour.map(\.value)) {
            status.ratePerHour = fit.slope
            status.direction = fit.slope >= steadyRate ? .rising : fit.slope <= -steadyRate ? .falling : .steady
        }
        if station.tidal {
            // The trend of the daily highs, per day; the next level above the newest high.
            let highs = dailyHighs.filter(\.isFinite)
            guard highs.count >= 3, let newest = highs.last,
                  let fit = RobustStatistics.theilSen(x: highs.indices.map(Double.init), y: highs) else { return status }
            let top = max(newest, last.value)
            guard let next = station.nextLevel(above: top) else { return status }
            status.nextLevel = next.level
            if fit.slope > steadyRate {
                let days = (next.height - newest) / fit.slope
                let time = days * tidalDay
                if time <= horizon { status.timeToNextLevel = max(0, time) }
            }
        } else {
            // The trend of the last six hours, per hour.
            let window = thinned(points.filter { $0.time >= last.time.addingTimeInterval(-6 * 3600) }, to: 48)
            guard let next = station.nextLevel(above: last.value) else { return status }
            status.nextLevel = next.level
            guard window.count >= 4,
                  let fit = RobustStatistics.theilSen(x: window.map { $0.time.timeIntervalSince(last.time) / 3600 },
                                                      y: window.map(\.value)),
                  fit.slope > steadyRate else { return status }
            let time = (next.height - last.value) / fit.slope * 3600
            if time <= horizon { status.timeToNextLevel = max(0, time) }
        }
        return status
    }

    /// At most `count` points, evenly picked (the last always kept): Theil–Sen is quadratic in the points.
    static func thinned(_ points: [(time: Date, value: Double)], to count: Int) -> [(time: Date, value: Double)] {
        guard points.count > count, count >= 2 else { return points }
        let step = Double(points.count - 1) / Double(count - 1)
        return (0..<count).map { points[Int((Double($0) * step).rounded())] }
    }

    /// "trên báo động II 0,12 m" / "0.12 m above alarm level II"; "dưới báo động I 0,30 m".
    public func differenceWords(_ lang: Language) -> String? {
        guard let nearest else { return nil }
        let amount = lang.numberStyle.format(abs(nearest.difference), decimals: 2)
        let above = nearest.difference >= 0
        return lang.pick("\(above ? "trên" : "dưới") báo động \(nearest.level.roman) \(amount) m",
                         "\(amount) m \(above ? "above" : "below") alarm level \(nearest.level.roman)")
    }
}
