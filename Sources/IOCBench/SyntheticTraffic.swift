import Foundation
import IOCAnalytics

/// A deterministic traffic-like series standing in for the simulator's: weekday double rush hour, a lower
/// single weekend hump, multiplicative-ish noise, occasional spikes, irregular ~5-minute timestamps with
/// dropped points and a few longer outages.
enum SyntheticTraffic {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func normal() -> Double {
            let u = max(uniform(), 1e-12), v = uniform()
            return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
        }
    }

    static func make(days: Int = 42, seed: UInt64 = 42) -> [TimedValue] {
        var rng = Generator(state: seed)
        let start = 1_441_065_600.0 // 2015-09-01 00:00 UTC (a Tuesday)
        var points: [TimedValue] = []
        var t = start
        var outageUntil = -1.0
        var slowDrift = 0.0
        while t < start + Double(days) * 86_400 {
            t += 300 + (rng.uniform() - 0.5) * 120
            if t < outageUntil { continue }
            if rng.uniform() < 0.0015 { outageUntil = t + 3600 * (2 + 10 * rng.uniform()); continue }
            if rng.uniform() < 0.08 { continue }
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
            if rng.uniform() < 0.003 { value += 40 * rng.uniform() }
            points.append(TimedValue(date: Date(timeIntervalSince1970: t), value: max(0, value)))
        }
        return points
    }
}
