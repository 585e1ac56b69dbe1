/// Per-horizon online combination of the model's forecast with two seasonal references: seasonal-naive (the
/// value one day earlier) and the seasonal median (the median of the values one, two and three days earlier).
///
/// Horizons are pooled into bands of doubling width (1, 2–3, 4–7, 8–15, 16–31, …): the best weights change
/// smoothly with the horizon, and pooling gives each band several pairs per step instead of one, so the
/// weights are learnt faster and with less noise (and the state is small). For each band the combiner keeps, for every weight vector on a fixed grid over the simplex (steps of
/// 1/`resolution`), the exponentially weighted sum of the absolute errors that the blend
/// `w₀·model + w₁·naive + w₂·median` would have made on recent resolved forecasts, and uses the weights with
/// the smallest sum ("follow the leader" over a grid of convex combinations). The absolute error of a blend is
/// convex in the weights, so the chosen point moves smoothly, and on recent data the blend is never worse than
/// the best single forecast (the corners are on the grid); usually an interior point beats all three because
/// their errors are not perfectly correlated. The two references are complementary: yesterday's value follows
/// day-to-day change, the median of three days ignores a one-day anomaly (an accident yesterday is not
/// repeated today).
///
/// Until `minimumPairs` pairs were seen in a band the weight is all on the model. A reference that is
/// unknown (missing history) hands its weight to the model. Memory: bands × grid-size Floats.
public struct ForecastCombiner: Sendable {
    /// Number of forecasts combined: model, seasonal-naive, seasonal median.
    public static let components = 3

    public let horizons: Int
    /// Grid step is 1/resolution.
    public let resolution: Int
    /// Number of horizon bands.
    public let bands: Int
    /// Per-pair forgetting factor of the loss sums of each band (1 − 1/(memory × band width)).
    private let decay: [Float]
    public let minimumPairs: Int

    /// Grid weights, `components` per point; the last point is "model only".
    private let grid: [Float]
    private var losses: [Float]
    private var counts: [Int32]
    private var best: [UInt16]

    /// - Parameters:
    ///   - horizons: horizons tracked (1…horizons); longer horizons use the weights of the last one.
    ///   - memory: number of forecast origins over which errors are averaged (exponential forgetting, e.g. two
    ///     days).
    ///   - resolution: the grid step is 1/resolution (10 → 66 weight vectors).
    ///   - minimumPairs: pairs needed at a horizon before the weights may leave the model.
    public init(horizons: Int, memory: Int, resolution: Int = 10, minimumPairs: Int = 24) {
        self.horizons = max(1, horizons)
        self.resolution = max(1, resolution)
        let bands = Self.band(self.horizons) + 1
        self.bands = bands
        let tracked = self.horizons
        decay = (0..<bands).map { b in
            let width = min(1 << (b + 1), tracked + 1) - (1 << b)
            return Float(1 - 1 / Double(max(2, memory * width)))
        }
        self.minimumPairs = max(1, minimumPairs)
        var points: [Float] = []
        let r = self.resolution
        for b in 0...r {
            for c in 0...(r - b) where !(b == 0 && c == 0) {
                points += [Float(r - b - c) / Float(r), Float(b) / Float(r), Float(c) / Float(r)]
            }
        }
        points += [1, 0, 0] // model only last, so ties go to it
        grid = points
        let size = points.count / Self.components
        losses = [Float](repeating: 0, count: bands * size)
        counts = [Int32](repeating: 0, count: bands)
        best = [UInt16](repeating: UInt16(size - 1), count: bands)
    }

    /// The band of horizon h ≥ 1: ⌊log₂ h⌋.
    @inline(__always) static func band(_ h: Int) -> Int { Int.bitWidth - 1 - max(h, 1).leadingZeroBitCount }

    /// Approximate bytes held (array storage).
    public var memoryFootprint: Int {
        (grid.count + losses.count + decay.count + counts.count) * 4 + best.count * 2
    }

    /// Number of weight vectors on the grid.
    public var gridSize: Int { grid.count / Self.components }

    /// The weights (model, seasonal-naive, seasonal median) in use at horizon h.
    public func weights(horizon h: Int) -> (model: Double, naive: Double, median: Double) {
        let k = Self.band(min(max(h, 1), horizons))
        guard counts[k] >= Int32(minimumPairs) else { return (1, 0, 0) }
        let i = Int(best[k]) * Self.components
        return (Double(grid[i]), Double(grid[i + 1]), Double(grid[i + 2]))
    }

    /// The number of pairs seen in the band of horizon h.
    public func pairs(horizon h: Int) -> Int {
        guard h >= 1 && h <= horizons else { return 0 }
        return Int(counts[Self.band(h)])
    }

    /// The blend at horizon h; an unknown (non-finite) reference is replaced by the model forecast.
    @inline(__always) public func combine(model: Double, naive: Double, median: Double, horizon h: Int) -> Double {
        let w = weights(horizon: h)
        return w.model * model + w.naive * (naive.isFinite ? naive : model) + w.median * (median.isFinite ? median : model)
    }

    /// Scores every grid point on one resolved forecast at horizon h (all values on the model scale; pairs with
    /// an unknown reference are skipped).
    public mutating func observe(horizon h: Int, truth: Double, model: Double, naive: Double, median: Double) {
        guard h >= 1 && h <= horizons, truth.isFinite, model.isFinite, naive.isFinite, median.isFinite else { return }
        let size = gridSize
        let k = Self.band(h)
        let base = k * size
        let decay = self.decay[k]
        let y = Float(truth), a = Float(model), b = Float(naive), c = Float(median)
        var bestIndex = 0
        var bestLoss = Float.infinity
        grid.withUnsafeBufferPointer { g in
            losses.withUnsafeMutableBufferPointer { l in
                for i in 0..<size {
                    let blend = g[3 * i] * a + g[3 * i + 1] * b + g[3 * i + 2] * c
                    let loss = decay * l[base + i] + abs(y - blend)
                    l[base + i] = loss
                    if loss <= bestLoss { bestLoss = loss; bestIndex = i }
                }
            }
        }
        best[k] = UInt16(bestIndex)
        if counts[k] < Int32.max { counts[k] += 1 }
    }
}
