import Foundation
import IOCConfig
import IOCDomain

/// The simulated stage (metres) of the city's river gauging stations, around their official alarm levels: low in the
/// dry season and a metre or two higher in July–August, a slow wander over days, a twice-daily tide with its
/// spring–neap cycle on tidal stations (high waters staying below báo động I), and the floods played on request —
/// the river rising for three hours to just above the level asked for, a minute after the play, then holding six hours
/// and falling over twelve.
struct RiverDynamics: Sendable {
    struct Flood: Sendable, Hashable {
        let station: Int
        /// The stage the flood peaks at.
        let peak: Double
        /// When the peak is first reached.
        let reached: Date
    }

    let seed: UInt64
    let stations: [WaterLevelStation]
    let floods: [Flood]

    static let riseTime: TimeInterval = 3 * 3600
    static let holdTime: TimeInterval = 6 * 3600
    static let fallTime: TimeInterval = 12 * 3600
    /// How far above the asked level a played flood peaks, and how long after the play.
    static let overshoot = 0.12
    static let reachedAfter: TimeInterval = 60
    /// A semi-diurnal tide's period (12 h 25 min) and the spring–neap cycle (14.77 days).
    static let tidePeriod: TimeInterval = 44_712
    static let springNeap: TimeInterval = 1_276_128

    init(seed: UInt64, stations: [WaterLevelStation] = [], plays: [SimulatorPlay] = []) {
        self.seed = seed
        self.stations = stations
        var floods: [Flood] = []
        for play in plays where play.kind == .floodRiver {
            guard let at = play.at,
                  let index = stations.firstIndex(where: { !$0.tidal }) ?? stations.indices.first else { continue }
            let station = stations[index]
            let wanted = WaterAlarmLevel(rawValue: play.level) ?? .two
            // The level asked for, or the station's highest below it (a station may lack level III).
            guard let level = WaterAlarmLevel.allCases.reversed().first(where: { $0 <= wanted && station.levels[$0] != nil })
                    ?? WaterAlarmLevel.allCases.first(where: { station.levels[$0] != nil }),
                  let height = station.levels[level] else { continue }
            floods.append(Flood(station: index, peak: height + Self.overshoot, reached: at + Self.reachedAfter))
        }
        self.floods = floods
    }

    /// The lowest official level of a station (its reference for the normal stage).
    static func lowest(_ station: WaterLevelStation) -> Double {
        station.levels.values.min() ?? 0
    }

    /// The stage at `date` without any played flood.
    func normalStage(_ index: Int, at date: Date, recentRain: Double) -> Double {
        let station = stations[index]
        let key = SimulationRandom.hash("river." + station.seriesKey)
        let t = date.timeIntervalSince1970
        let season = Self.season(month: LocalClock.month(date))
        let wander = SimulationRandom.smoothNoise(seed, key, seconds: t, period: 2 * 86400)
        let ripple = SimulationRandom.smoothNoise(seed, key &+ 1, seconds: t, period: 1800)
        let lowest = Self.lowest(station)
        if station.tidal {
            let phase = Double(key % 1000) / 1000 * 2 * Double.pi
            let spring = 0.75 + 0.25 * cos(2 * Double.pi * t / Self.springNeap + phase)
            let tide = 0.8 * spring * sin(2 * Double.pi * t / Self.tidePeriod + phase)
            return lowest - 1.25 + 0.35 * season + 0.1 * wander + tide + 0.02 * ripple + 0.004 * recentRain
        }
        return lowest - 2.4 + 1.2 * season + 0.3 * wander + 0.02 * ripple + 0.008 * recentRain
    }

    /// The stage at `date`, with the played floods, to the centimetre.
    func stage(_ index: Int, at date: Date, recentRain: Double) -> Double {
        let normal = normalStage(index, at: date, recentRain: recentRain)
        var value = normal
        for flood in floods where flood.station == index {
            let start = flood.reached - Self.riseTime
            guard date > start else { continue }
            // The flood's height above the normal stage when it began, reached linearly, held, then let go.
            let base = normalStage(index, at: start, recentRain: 0)
            let rise = flood.peak - base
            let elapsed = date.timeIntervalSince(start)
            let weight: Double
            if elapsed < Self.riseTime {
                weight = elapsed / Self.riseTime
            } else if elapsed < Self.riseTime + Self.holdTime {
                weight = 1
            } else {
                weight = max(0, 1 - (elapsed - Self.riseTime - Self.holdTime) / Self.fallTime)
            }
            value = max(value, base + rise * weight + (normal - base))
        }
        return (value * 100).rounded() / 100
    }

    /// 0 in the dry season, 1 at the height of the flood season (July–August).
    static func season(month: Int) -> Double {
        switch month {
        case 7, 8: return 1
        case 6, 9: return 0.6
        case 5, 10: return 0.25
        default: return 0
        }
    }
}
