/// A contextual novelty signal in the spirit of Numenta's CAD OSE: it learns which short sequences of (coarsely
/// quantized) values the series produces and reports how many of the sequences ending at the current point were
/// never seen before. A repeating pattern quickly stops producing new sequences; when its shape changes, new ones
/// appear even if every single value is within the usual range.
///
/// - Values are quantized into `bins` levels by running quantiles of the series (equal-probability bins). The bin
///   edges start from the quantiles of the first `seedCount` values and then follow the series by stochastic
///   approximation (each edge moves by a small step, proportional to the series' spread, towards its quantile).
/// - The contexts of a point are the last m symbols for every m from `minimumLength` to `maximumLength`, packed
///   into one 64-bit key (4 bits per symbol, so at most 16 bins and 14 symbols) and stored as a 32-bit digest.
/// - The seen contexts are kept in two generations of at most `capacity / 2` keys each: a context is looked up in
///   both and written to the newer one; when the newer one is full it becomes the older one and the oldest is
///   dropped. This is a cheap approximation of a least-recently-used set of at most `capacity` keys; with the
///   default 2 048 it takes about 16 kB (some 2 000 doubles).
struct ContextNovelty: Sendable, Equatable {
    let bins: Int
    let minimumLength: Int
    let maximumLength: Int
    let capacity: Int
    private static let seedCount = 64
    private var seed: [Double] = []
    private var edges: [Double] = []
    private var spread = 0.0
    private var center = 0.0
    private var symbols: UInt64 = 0
    private var symbolCount = 0
    private var current = Set<UInt32>()
    private var previous = Set<UInt32>()

    init(bins: Int, minimumLength: Int, maximumLength: Int, capacity: Int) {
        self.bins = min(16, max(2, bins))
        self.maximumLength = min(14, max(1, maximumLength))
        self.minimumLength = min(self.maximumLength, max(1, minimumLength))
        self.capacity = max(2, capacity)
    }

    /// The number of contexts remembered (at most `capacity`).
    var storedContexts: Int { current.count + previous.count }

    /// Whether enough values have been seen to quantize.
    var isReady: Bool { !edges.isEmpty }

    /// Folds a value in and returns the share (0...1) of its contexts never seen before, or nil while learning
    /// the first bin edges and the first full context.
    mutating func update(_ value: Double) -> Double? {
        guard !edges.isEmpty else {
            seed.append(value)
            if seed.count >= Self.seedCount { seedEdges() }
            return nil
        }
        let symbol = quantize(value)
        adapt(value)
        symbols = (symbols << 4) | UInt64(symbol)
        symbolCount = min(symbolCount + 1, maximumLength)
        guard symbolCount >= maximumLength else { return nil }
        var novel = 0
        for length in minimumLength...maximumLength {
            let mask: UInt64 = (1 << UInt64(4 * length)) - 1
            let key = Self.compact((UInt64(length) << 56) | (symbols & mask))
            if !current.contains(key) {
                if !previous.contains(key) { novel += 1 }
                insert(key)
            }
        }
        return Double(novel) / Double(maximumLength - minimumLength + 1)
    }

    /// A 32-bit digest of a packed context (the SplitMix64 finaliser), to halve the memory of the sets; with a
    /// few thousand contexts a collision is about one chance in a thousand and only hides one new context.
    private static func compact(_ key: UInt64) -> UInt32 {
        var z = key &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }

    private mutating func insert(_ key: UInt32) {
        if current.count >= capacity / 2 {
            previous = current
            current = Set(minimumCapacity: capacity / 2)
        }
        current.insert(key)
    }

    private func quantize(_ value: Double) -> Int {
        var k = 0
        while k < edges.count, value >= edges[k] { k += 1 }
        return k
    }

    private mutating func seedEdges() {
        let sorted = seed.sorted()
        edges = (1..<bins).map { j in
            let position = Double(j) / Double(bins) * Double(sorted.count - 1)
            return sorted[Int(position.rounded())]
        }
        center = sorted[sorted.count / 2]
        var deviation = 0.0
        for v in sorted { deviation += abs(v - center) }
        spread = deviation / Double(sorted.count)
        seed = []
    }

    /// Moves each edge a step towards its quantile (Robbins–Monro), with a step proportional to the spread.
    private mutating func adapt(_ value: Double) {
        let rate = 0.01
        center += rate * (value - center)
        spread += rate * (abs(value - center) - spread)
        let step = 0.05 * max(spread, 1e-12)
        for j in edges.indices {
            let p = Double(j + 1) / Double(bins)
            edges[j] += step * (value < edges[j] ? p - 1 : p)
        }
    }
}
