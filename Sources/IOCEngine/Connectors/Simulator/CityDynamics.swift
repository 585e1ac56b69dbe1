import Foundation
import IOCDomain

/// The city's measured values as pure functions of seed, place and time (UTC+7 day shape, season, episodes).
struct CityDynamics: Sendable {
    let model: CityModel
    let seed: UInt64
    /// Candidate wards for feedback bursts (urban wards first).
    let burstWards: [Ward]
    /// Episodes played on request (`--play`), besides the seed's.
    let played: [Episode]
    /// The city's river gauging stations (`water-levels.yaml`) and the floods played on them.
    let rivers: RiverDynamics

    init(model: CityModel, seed: UInt64, played: [Episode] = [], rivers: RiverDynamics = RiverDynamics(seed: 0)) {
        self.model = model
        self.seed = seed
        self.burstWards = model.wards.filter { $0.type == "phường" }
        self.played = played
        self.rivers = rivers
    }

    func targets(_ kind: Episode.Kind) -> Int {
        switch kind {
        case .rain: return 1
        case .airQuality: return model.stations.count
        case .congestion: return model.corridors.count
        case .feedbackBurst: return burstWards.count
        }
    }

    /// Episodes of a kind active at `date` (an episode lasts at most one block, so two blocks suffice).
    func activeEpisodes(_ kind: Episode.Kind, at date: Date) -> [Episode] {
        let block = Episode.block(of: date)
        let month = LocalClock.month(date)
        return ([block - 1, block].compactMap {
            Episode.episode(kind, block: $0, seed: seed, targets: targets(kind), month: month)
        } + played.filter { $0.kind == kind }).filter { $0.start <= date && date < $0.end }
    }

    /// Episodes of a kind that start in (from, to].
    func episodesStarting(_ kind: Episode.Kind, after from: Date, through to: Date) -> [Episode] {
        guard to > from else { return [] }
        var result: [Episode] = []
        var block = Episode.block(of: from)
        let last = Episode.block(of: to)
        while block <= last {
            let month = LocalClock.month(Date(timeIntervalSince1970: Double(block) * Episode.blockLength))
            if let e = Episode.episode(kind, block: block, seed: seed, targets: targets(kind), month: month),
               e.start > from, e.start <= to {
                result.append(e)
            }
            block += 1
        }
        return result + played.filter { $0.kind == kind && $0.start > from && $0.start <= to }
    }

    // MARK: Day shape

    /// Rush-hour load 0…~1: morning peak near 07:50, evening near 17:45 (UTC+7), a small midday bump.
    static func rush(hour h: Double) -> Double {
        func bump(_ centre: Double, _ width: Double) -> Double { exp(-pow((h - centre) / width, 2)) }
        return bump(7.9, 0.75) + 0.95 * bump(17.8, 0.9) + 0.3 * bump(12, 1.5)
    }

    /// Daytime activity 0…1: 0 from midnight to 05:00, ramping to 1 by 07:00, down again from 21:00 to 23:30.
    static func daytime(hour h: Double) -> Double {
        if h < 5 { return 0 }
        if h < 7 { return (h - 5) / 2 }
        if h < 21 { return 1 }
        if h < 23.5 { return 1 - (h - 21) / 2.5 }
        return 0
    }

    /// Calm-night factor 0…1 (inversions trap pollution from 22:00 to 05:00).
    static func calmNight(hour h: Double) -> Double {
        if h >= 22 || h < 5 { return 1 }
        if h < 7 { return 1 - (h - 5) / 2 }
        if h >= 20 { return (h - 20) / 2 }
        return 0
    }

    // MARK: Values

    func congestion(_ index: Int, at date: Date) -> Double {
        let corridor = model.corridors[index]
        let h = LocalClock.hour(date)
        let weekend = LocalClock.isWeekend(date)
        let rushLoad = Self.rush(hour: h) * (weekend ? 0.45 : 1)
        let key = SimulationRandom.hash("congestion." + corridor.slug)
        let noise = SimulationRandom.smoothNoise(seed, key, seconds: date.timeIntervalSince1970, period: 900)
        var value = corridor.baseCongestion + 1.5 * Self.daytime(hour: h) + corridor.rushAmplitude * rushLoad
            + 0.6 * noise * (0.4 + Self.daytime(hour: h))
        for e in activeEpisodes(.congestion, at: date) where e.target == index {
            value += e.intensity * e.weight(at: date)
        }
        return (min(10, max(0, value)) * 10).rounded() / 10
    }

    func speed(_ index: Int, congestion: Double, at date: Date) -> Double {
        let corridor = model.corridors[index]
        let key = SimulationRandom.hash("speed." + corridor.slug)
        let noise = SimulationRandom.smoothNoise(seed, key, seconds: date.timeIntervalSince1970, period: 300)
        // Reading-to-reading jitter of a loop detector (±0.8 km/h), deterministic per second like everything else.
        let second = UInt64(bitPattern: Int64(date.timeIntervalSince1970.rounded(.down)))
        let jitter = 0.8 * SimulationRandom.signedUnit(seed, key ^ 0x5EED_5EED, second)
        let value = corridor.freeFlowKmh * (1 - 0.072 * congestion) + 2 * noise + jitter
        return (max(4, value) * 10).rounded() / 10
    }

    /// Rainfall over the city in mm/h.
    func rainfall(at date: Date) -> Double {
        activeEpisodes(.rain, at: date).reduce(0) { $0 + $1.intensity * $1.weight(at: date) }
    }

    /// Recent rain in mm, older rain fading with a 3-hour time constant (sampled every 10 minutes over 6 hours).
    func recentRain(at date: Date) -> Double {
        let block = Episode.block(of: date)
        let month = LocalClock.month(date)
        let episodes = (block - 2...block).compactMap {
            Episode.episode(.rain, block: $0, seed: seed, targets: 1, month: month)
        } + played.filter { $0.kind == .rain && $0.start < date && $0.end > date - 6 * 3600 }
        guard !episodes.isEmpty else { return 0 }
        var total = 0.0
        for step in 0..<36 {
            let time = date - Double(step) * 600
            let rain = episodes.reduce(0) { $0 + $1.intensity * $1.weight(at: time) }
            if rain > 0 { total += rain / 6 * exp(-Double(step) * 600 / 10800) }
        }
        return total
    }

    static func seasonFactor(month: Int) -> Double {
        switch month {
        case 11, 12, 1, 2, 3: return 1.35
        case 4, 10: return 1.0
        default: return 0.72
        }
    }

    func airQuality(_ index: Int, at date: Date, rainfall: Double) -> Double {
        let station = model.stations[index]
        let h = LocalClock.hour(date)
        let traffic = 1 + 0.35 * Self.rush(hour: h) * (LocalClock.isWeekend(date) ? 0.5 : 1)
        let night = 1 + 0.25 * Self.calmNight(hour: h)
        let washout = 1 - min(0.4, rainfall / 25)
        let key = SimulationRandom.hash("aqi." + station.slug)
        let slow = SimulationRandom.smoothNoise(seed, key, seconds: date.timeIntervalSince1970, period: 6 * 3600)
        let fast = SimulationRandom.smoothNoise(seed, key &+ 1, seconds: date.timeIntervalSince1970, period: 600)
        var value = station.baseAQI * Self.seasonFactor(month: LocalClock.month(date)) * (1 + 0.2 * slow)
            * traffic * night * washout + 6 * fast
        for e in activeEpisodes(.airQuality, at: date) where e.target == index {
            value += e.intensity * e.weight(at: date)
        }
        return min(500, max(0, value)).rounded()
    }

    func waterLevel(_ index: Int, at date: Date, recentRain: Double) -> Double {
        let gauge = model.gauges[index]
        let key = SimulationRandom.hash("water." + gauge.slug)
        let phase = Double(key % 1000) / 1000 * 2 * Double.pi
        let tide = gauge.tideAmplitudeCm * sin(2 * Double.pi * date.timeIntervalSince1970 / 44_712 + phase)
        let noise = SimulationRandom.smoothNoise(seed, key, seconds: date.timeIntervalSince1970, period: 1200)
        let value = gauge.baseLevelCm + tide + gauge.rainGain * recentRain + 1.5 * noise
        return max(0, value).rounded()
    }

    /// A socio-economic value as revised on the local day of `date`.
    func periodValue(_ indicator: PeriodIndicator, at date: Date) -> Double {
        let day = LocalClock.day(date)
        let key = SimulationRandom.hash(indicator.definition.key)
        let wobble = SimulationRandom.smoothNoise(seed, key, seconds: Double(day) * 86400, period: 30 * 86400)
        let value: Double
        if indicator.cumulative {
            let annual = indicator.anchorValue * 12 / Double(indicator.anchorMonths)
            value = annual * LocalClock.yearFraction(LocalClock.start(ofDay: day)) * (1 + 0.02 * wobble)
        } else {
            value = indicator.anchorValue * (1 + 0.03 * wobble)
        }
        let digits = abs(value) >= 1000 ? 1.0 : 100.0
        return (value * digits).rounded() / digits
    }
}
