/// The model's own recent forecast errors, per forecast origin and horizon, in bounded memory.
///
/// Only every `stride`-th origin is kept (origins that are multiples of `stride`): errors of neighbouring
/// origins at the same horizon are strongly correlated, so thinning them costs little information and lets a
/// fixed number of rows span a longer, more representative stretch of time (capacity × stride origins).
///
/// Row `(origin / stride) mod capacity` holds the errors (truth − forecast) of the forecasts made at one origin for
/// horizons 1…horizons, filled in as the truth arrives (NaN until then, or for ever when the truth was not
/// observed). Alongside, each horizon keeps its errors sorted, so a quantile is an O(1) lookup and a new error
/// costs one binary search and one shift of at most `capacity` floats.
///
/// Why errors by origin: a row is a whole error path, so the probability of exceeding a limit at *some*
/// horizon can be estimated by replaying past paths (which keeps the strong correlation between horizons)
/// instead of assuming independence. Errors are stored as Float: 2 × capacity × horizons × 4 bytes.
public struct ForecastErrorHistory: Sendable {
    public let horizons: Int
    public let capacity: Int
    public let stride: Int

    private var matrix: [Float]
    private var rowOrigin: [Int]
    private var sorted: [Float]
    private var counts: [Int]

    public init(horizons: Int, capacity: Int, stride: Int = 1) {
        self.horizons = max(1, horizons)
        self.capacity = max(2, capacity)
        self.stride = max(1, stride)
        matrix = [Float](repeating: .nan, count: self.horizons * self.capacity)
        rowOrigin = [Int](repeating: Int.min, count: self.capacity)
        sorted = [Float](repeating: 0, count: self.horizons * self.capacity)
        counts = [Int](repeating: 0, count: self.horizons)
    }

    /// Whether errors of forecasts made at `origin` are kept.
    @inline(__always) public func keeps(origin: Int) -> Bool {
        let r = origin % stride
        return r == 0
    }

    @inline(__always) private func slot(_ origin: Int) -> Int {
        let q = origin >= 0 ? origin / stride : (origin - stride + 1) / stride
        let r = q % capacity
        return r < 0 ? r + capacity : r
    }

    /// Approximate bytes held (array storage).
    public var memoryFootprint: Int {
        (matrix.count + sorted.count) * MemoryLayout<Float>.size + (rowOrigin.count + counts.count) * MemoryLayout<Int>.size
    }

    /// The number of errors held for horizon `h` (1-based).
    public func count(horizon h: Int) -> Int {
        guard h >= 1 && h <= horizons else { return 0 }
        return counts[h - 1]
    }

    /// Starts a row for forecasts made at `origin`, evicting the oldest row in its place (ignored for origins
    /// that are not kept).
    public mutating func open(origin: Int) {
        guard keeps(origin: origin) else { return }
        let row = slot(origin)
        let base = row * horizons
        for k in 0..<horizons {
            let old = matrix[base + k]
            if !old.isNaN {
                remove(old, horizonIndex: k)
                matrix[base + k] = .nan
            }
        }
        rowOrigin[row] = origin
    }

    /// Records the error of the forecast made at `origin` for horizon `h`; ignored when the row was evicted,
    /// already holds that error, or the error is not finite.
    public mutating func record(origin: Int, horizon h: Int, error: Double) {
        guard h >= 1 && h <= horizons, error.isFinite, keeps(origin: origin) else { return }
        let row = slot(origin)
        guard rowOrigin[row] == origin else { return }
        let position = row * horizons + h - 1
        guard matrix[position].isNaN else { return }
        let value = Float(error)
        matrix[position] = value
        insert(value, horizonIndex: h - 1)
    }

    /// The p-quantile (type 7) of the errors at horizon h; nil when there are none.
    public func quantile(_ p: Double, horizon h: Int) -> Double? {
        guard h >= 1 && h <= horizons else { return nil }
        let n = counts[h - 1]
        guard n > 0 else { return nil }
        let base = (h - 1) * capacity
        let position = min(max(p, 0), 1) * Double(n - 1)
        let lower = Int(position)
        let upper = min(lower + 1, n - 1)
        let fraction = position - Double(lower)
        let a = Double(sorted[base + lower]), b = Double(sorted[base + upper])
        return a + (b - a) * fraction
    }

    /// The share of errors at horizon h strictly above `threshold`, read off the interpolated empirical
    /// distribution (consistent with `quantile`); nil when there are none.
    public func fractionAbove(_ threshold: Double, horizon h: Int) -> Double? {
        guard h >= 1 && h <= horizons else { return nil }
        let n = counts[h - 1]
        guard n > 0 else { return nil }
        let base = (h - 1) * capacity
        if threshold < Double(sorted[base]) { return 1 }
        if threshold >= Double(sorted[base + n - 1]) { return 0 }
        if n == 1 { return 0 }
        // Find i with sorted[i] <= threshold < sorted[i+1]; the type-7 CDF there is (i + fraction)/(n-1).
        var lo = 0, hi = n - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Double(sorted[base + mid]) <= threshold { lo = mid } else { hi = mid }
        }
        let a = Double(sorted[base + lo]), b = Double(sorted[base + hi])
        let fraction = b > a ? (threshold - a) / (b - a) : 1
        let cdf = (Double(lo) + fraction) / Double(n - 1)
        return 1 - cdf
    }

    /// Replays the stored error paths of origins at most `latestOrigin − steps` (so that horizons 1…steps have
    /// had time to be observed) on top of `means` (the current forecasts, `means[h-1]` for horizon h) and counts
    /// the paths that exceed `limit` at some horizon ≤ steps. Paths with no observed horizon are not counted.
    public func pathExceedances(means: [Double], limit: Double, steps: Int,
                                latestOrigin: Int) -> (exceeding: Int, paths: Int) {
        let s = min(steps, horizons, means.count)
        guard s >= 1 else { return (0, 0) }
        var exceeding = 0
        var paths = 0
        for row in 0..<capacity {
            let origin = rowOrigin[row]
            guard origin != Int.min, origin <= latestOrigin - s, origin > latestOrigin - capacity * stride else { continue }
            let base = row * horizons
            var seen = false
            var hit = false
            for k in 0..<s {
                let e = matrix[base + k]
                if e.isNaN { continue }
                seen = true
                if means[k] + Double(e) > limit { hit = true; break }
            }
            if seen {
                paths += 1
                if hit { exceeding += 1 }
            }
        }
        return (exceeding, paths)
    }

    // MARK: sorted maintenance

    private func lowerBound(_ value: Float, base: Int, count: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if sorted[base + mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private mutating func insert(_ value: Float, horizonIndex k: Int) {
        let base = k * capacity
        var n = counts[k]
        if n == capacity {
            // Cannot happen while rows are opened before recording, but keep the invariant safe.
            n -= 1
        }
        let at = lowerBound(value, base: base, count: n)
        sorted.withUnsafeMutableBufferPointer { buffer in
            var i = base + n
            while i > base + at {
                buffer[i] = buffer[i - 1]
                i -= 1
            }
            buffer[base + at] = value
        }
        counts[k] = n + 1
    }

    private mutating func remove(_ value: Float, horizonIndex k: Int) {
        let base = k * capacity
        let n = counts[k]
        guard n > 0 else { return }
        let at = lowerBound(value, base: base, count: n)
        guard at < n, sorted[base + at] == value else { return }
        sorted.withUnsafeMutableBufferPointer { buffer in
            var i = base + at
            while i < base + n - 1 {
                buffer[i] = buffer[i + 1]
                i += 1
            }
        }
        counts[k] = n - 1
    }
}
