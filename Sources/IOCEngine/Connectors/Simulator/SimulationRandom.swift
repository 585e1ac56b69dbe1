import Foundation

/// A small seeded generator (SplitMix64) and stable hashing, so the simulator's city is the same for the same seed
/// on every machine and every run. Never seeded from the system.
struct SimulationRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator whose stream depends on every part (seed, kind, bucket, index …).
    init(_ parts: UInt64...) {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for part in parts { h = Self.mix(h ^ part) }
        state = h
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A double in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A double in the range.
    mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

    /// An integer in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// An index chosen with the given (non-negative) weights.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var r = unit() * total
        for (i, w) in weights.enumerated() {
            r -= w
            if r < 0 { return i }
        }
        return weights.count - 1
    }

    /// A Poisson-distributed count with mean `lambda` (Knuth; lambda stays small here).
    mutating func poisson(_ lambda: Double) -> Int {
        guard lambda > 0 else { return 0 }
        let limit = Foundation.exp(-lambda)
        var k = 0
        var p = 1.0
        repeat {
            k += 1
            p *= unit()
        } while p > limit && k < 200
        return k - 1
    }

    /// The SplitMix64 finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A stable 64-bit hash of a string (FNV-1a), unlike `Hasher`, which changes between runs.
    static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return h
    }

    /// A value in -1…1 that depends only on the parts.
    static func signedUnit(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> Double {
        let h = mix(mix(mix(a ^ 0x5851_F42D_4C95_7F2D) ^ b) ^ c)
        return Double(h >> 11) * 0x1.0p-52 - 1
    }

    /// Smooth noise in -1…1 along time: hashed values every `period` seconds, eased between.
    static func smoothNoise(_ seed: UInt64, _ key: UInt64, seconds: Double, period: Double) -> Double {
        let x = seconds / period
        let cell = x.rounded(.down)
        let f = x - cell
        let t = f * f * (3 - 2 * f)
        let b = UInt64(bitPattern: Int64(cell))
        let a0 = signedUnit(seed, key, b)
        let a1 = signedUnit(seed, key, b &+ 1)
        return a0 + (a1 - a0) * t
    }
}
