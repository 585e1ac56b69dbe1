import Foundation
import IOCDomain

extension CityStore {
    /// The gauges of `stations` as bulletins state them at `now`: each one's last six hours of readings and, for a
    /// tidal station, the highest reading of each of its last six tidal days (24 h 50 min, the newest ending now: six
    /// fit in the week of raw readings the cache keeps; an hour rolled up keeps its mean, not its high).
    /// A station with no series in the store is left out. `highs` are given when the caller kept them (they change
    /// slowly, and are seven days of readings to read).
    public func waterLevels(_ stations: [WaterLevelStation], now: Date,
                            highs kept: [String: [Double]] = [:]) throws -> [WaterLevelStatus] {
        var result: [WaterLevelStatus] = []
        for station in stations {
            let recent = try series(key: station.seriesKey, since: now.addingTimeInterval(-6 * 3600), now: now)
                .filter { $0.quality != .bad }
            guard !recent.isEmpty else { continue }
            var highs: [Double] = []
            if station.tidal {
                highs = try kept[station.seriesKey] ?? tidalHighs(station.seriesKey, now: now)
            }
            result.append(WaterLevelStatus.assess(station, recent: recent.map { ($0.time, $0.value) }, dailyHighs: highs, now: now))
        }
        return result
    }

    /// The highest reading of each of the last `days` tidal days (oldest first), days without a reading left out.
    public func tidalHighs(_ key: String, now: Date, days: Int = 6) throws -> [Double] {
        let day = WaterLevelStatus.tidalDay
        let points = try series(key: key, since: now.addingTimeInterval(-Double(days) * day), now: now)
        var highs = [Double?](repeating: nil, count: days)
        for p in points where p.quality != .bad && p.value.isFinite {
            let back = Int(now.timeIntervalSince(p.time) / day)
            guard back >= 0, back < days else { continue }
            let slot = days - 1 - back
            highs[slot] = max(highs[slot] ?? -.infinity, p.value)
        }
        return highs.compactMap { $0 }
    }
}
