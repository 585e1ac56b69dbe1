import Foundation
import IOCAnalytics

/// A deterministic traffic-like series standing in for the simulator's: weekday double rush hour, a lower
/// single weekend hump, multiplicative-ish noise, occasional spikes, irregular ~5-minute timestamps with
/// dropped points and a few longer outages.
enum SyntheticTraffic {
    static func make(days: Int = 42, seed: UInt64 = 42) -> [TimedValue] {
        var rng = SplitMix(seed: seed)
        let start = 1_441_065_600.0 // 2015-09-01 00:00 UTC (a Tuesday)
        var points: [TimedValue] = []
        var t = start
        var outageUntil = -1.0
        var slowDrift = 0.0
        while t < start + Double(days) * 86_400 {
            t += 300 + (rng.unit() - 0.5) * 120
            if t < outageUntil { continue }
            if rng.unit() < 0.0015 { outageUntil = t + 3600 * (2 + 10 * rng.unit()); continue }
            if rng.unit() < 0.08 { continue }
            let hour = (t - start).truncatingRemainder(dividingBy: 86_400) / 3600
            let day = Int((t - start) / 86_400)
            let weekday = (day + 2) % 7 // 0 = Sunday when start is Tuesday
            let weekend = weekday == 0 || weekday == 6
            func bump(_ centre: Double, _ width: Double) -> Double {
                exp(-0.5 * pow((hour - centre) / width, 2))
            }
            var base = 8 + 4 * bump(13, 5)
            base += weekend ? 10 * bump(14, 3) : 28 * bump(8, 1.2) + 32 * bump(17.25, 1.5)
            slowDrift = 0.995 * slowDrift + 0.1 * rng.normal()
            var value = base * (1 + 0.08 * rng.normal()) + 1.2 * rng.normal() + slowDrift
            if rng.unit() < 0.003 { value += 40 * rng.unit() }
            points.append(TimedValue(date: Date(timeIntervalSince1970: t), value: max(0, value)))
        }
        return points
    }
}
