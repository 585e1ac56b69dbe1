import Foundation

/// An abnormal spell, deterministic from the seed and the time: heavy rain, an air-quality episode at one
/// station, a congestion spike on one corridor (with an accident), or a burst of feedback in one ward.
struct Episode: Sendable, Hashable {
    enum Kind: UInt64, Sendable, CaseIterable {
        case rain = 1, airQuality = 2, congestion = 3, feedbackBurst = 4
    }

    let kind: Kind
    /// The 6-hour block the episode belongs to (its id).
    let block: Int64
    let start: Date
    let duration: TimeInterval
    /// Which station, corridor or ward (an index into the model's list).
    let target: Int
    /// Peak intensity: mm/h of rain, VN_AQI added, congestion points added, feedback per hour.
    let intensity: Double

    static let blockLength: TimeInterval = 6 * 3600

    var end: Date { start + duration }

    /// 0 outside the episode, rising to 1 in the middle and back (a sine bump).
    func weight(at date: Date) -> Double {
        let x = date.timeIntervalSince(start) / duration
        guard x > 0, x < 1 else { return 0 }
        return sin(Double.pi * x)
    }

    /// The episode of a kind in a block, if the block has one.
    static func episode(_ kind: Kind, block: Int64, seed: UInt64, targets: Int, month: Int) -> Episode? {
        guard targets > 0 else { return nil }
        var rng = SimulationRandom(seed, 0xE915_0DE5, kind.rawValue, UInt64(bitPattern: block))
        let rainy = (5...10).contains(month)
        let probability: Double
        switch kind {
        case .rain: probability = rainy ? 0.35 : 0.12
        case .airQuality: probability = rainy ? 0.08 : 0.2
        case .congestion: probability = 0.3
        case .feedbackBurst: probability = 0.1
        }
        guard rng.chance(probability) else { return nil }
        let blockStart = Double(block) * blockLength
        let offset = rng.uniform(0, blockLength)
        let duration: TimeInterval
        let intensity: Double
        switch kind {
        case .rain:
            duration = rng.uniform(1, 4) * 3600
            intensity = rng.chance(0.3) ? rng.uniform(35, 70) : rng.uniform(2, 20)
        case .airQuality:
            duration = rng.uniform(2, 5) * 3600
            intensity = rng.uniform(80, 160)
        case .congestion:
            duration = rng.uniform(0.5, 1.5) * 3600
            intensity = rng.uniform(2.5, 4)
        case .feedbackBurst:
            duration = rng.uniform(2, 4) * 3600
            intensity = rng.uniform(4, 8)
        }
        return Episode(kind: kind, block: block, start: Date(timeIntervalSince1970: blockStart + offset),
                       duration: duration, target: rng.int(0...(targets - 1)), intensity: intensity)
    }

    static func block(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / blockLength).rounded(.down))
    }
}
