import Foundation

/// Robust additive Holt-Winters with a damped trend, a daily season and an optional weekly correction.
///
/// State: level, trend, one seasonal value per bucket of the day, and (optionally) one weekly correction per
/// hour of the week on top of the daily profile (double seasonality after Taylor 2003, coarsened to hourly cells
/// so that two or three weeks of data are enough to learn it). The forecast h buckets ahead is
/// `level + (φ + … + φ^h)·trend + daily + weekly`.
///
/// Robustness (after Gelper, Fried & Croux 2010): each one-step error is clipped at ±k·σ before it updates the
/// state (a Huber ψ), where σ is a running robust scale of the one-step errors; a single spike therefore moves
/// the level and its seasonal slot by at most a few σ instead of its full size.
///
/// Gaps: buckets skipped between two updates are treated as missing — the state is propagated without learning
/// (level follows the damped trend, seasons are left alone), and after a gap of a day or more the trend is reset.
/// Each update is O(1).
public struct HoltWintersModel: Sendable {
    public private(set) var parameters: HoltWintersParameters
    /// Buckets per day (the daily season length).
    public let seasonLength: Int
    /// Buckets per weekly cell (a weekly cell is about one hour); 0 when there is no weekly component.
    public let weeklyCellBuckets: Int
    /// Clip one-step errors at ±huberK·σ when updating.
    public let huberK: Double

    public private(set) var level = 0.0
    public private(set) var trend = 0.0
    /// Daily seasonal values, indexed by `bucket mod seasonLength`.
    public private(set) var daily: [Double]
    /// Weekly corrections, indexed by `(bucket mod (7·seasonLength)) / weeklyCellBuckets`; empty when off.
    public private(set) var weekly: [Double]
    /// Running robust scale (≈ standard deviation) of the one-step errors.
    public private(set) var scale = 0.0
    /// The last bucket the state refers to; nil before `initialize`.
    public private(set) var lastIndex: Int?

    /// Gain of the running scale.
    private let scaleGain = 0.03

    public init(parameters: HoltWintersParameters, seasonLength: Int, weekly: Bool = false, huberK: Double = 3) {
        self.parameters = parameters
        self.seasonLength = max(1, seasonLength)
        let cell = max(1, self.seasonLength / 24)
        self.weeklyCellBuckets = weekly ? cell : 0
        self.huberK = huberK.isFinite && huberK > 0 ? huberK : 3
        self.daily = [Double](repeating: 0, count: self.seasonLength)
        self.weekly = weekly ? [Double](repeating: 0, count: (7 * self.seasonLength + cell - 1) / cell) : []
    }

    public var isInitialized: Bool { lastIndex != nil }
    public var hasWeekly: Bool { weeklyCellBuckets > 0 }

    @inline(__always) private func dailySlot(_ index: Int) -> Int {
        let r = index % seasonLength
        return r < 0 ? r + seasonLength : r
    }

    @inline(__always) private func weeklySlot(_ index: Int) -> Int {
        let week = 7 * seasonLength
        var r = index % week
        if r < 0 { r += week }
        return r / weeklyCellBuckets
    }

    /// The seasonal part (daily + weekly) at a bucket.
    @inline(__always) public func seasonal(at index: Int) -> Double {
        var s = daily[dailySlot(index)]
        if weeklyCellBuckets > 0 { s += weekly[weeklySlot(index)] }
        return s
    }

    /// Sets the initial state from the start of a series (`values[i]` is bucket `firstIndex + i`, NaN when
    /// missing): the trend is the Theil–Sen slope through the daily means of up to the first seven days; the
    /// daily profile is the per-slot median of the detrended deviations from each day's mean (empty slots
    /// interpolated around the circle, then centred); the level is the median deseasonalised value of the first
    /// day; the scale is 1.4826·MAD of the residuals.
    /// The state then refers to bucket `firstIndex - 1`, so the caller replays the series from its start.
    /// Returns false (and leaves the model uninitialised) when there is no finite value.
    @discardableResult
    public mutating func initialize(values: [Double], firstIndex: Int) -> Bool {
        let m = seasonLength
        let span = min(values.count, 7 * m)
        // Daily means (of days with at least a third of their buckets) and a robust slope through them, so that
        // a trend is not mistaken for part of the daily profile.
        var dayCentres: [Double] = []
        var dayMeans: [Double] = []
        var day = 0
        while day * m < span {
            let lower = day * m
            let upper = min(span, lower + m)
            var sum = 0.0, positions = 0.0
            var count = 0
            for i in lower..<upper where values[i].isFinite {
                sum += values[i]
                positions += Double(i)
                count += 1
            }
            if count > 0 && (count * 3 >= m || day == 0) {
                dayMeans.append(sum / Double(count))
                dayCentres.append(positions / Double(count))
            }
            day += 1
        }
        guard !dayMeans.isEmpty else { return false }
        var slope = 0.0
        if dayMeans.count >= 2, let line = RobustStatistics.theilSen(x: dayCentres, y: dayMeans) {
            slope = line.slope.isFinite ? line.slope : 0
        }
        var deviations = [[Double]](repeating: [], count: m)
        var residualSource: [(slot: Int, deviation: Double)] = []
        for (d, centre) in dayCentres.enumerated() {
            let lower = Int(centre) / m * m
            let upper = min(span, lower + m)
            for i in lower..<upper where values[i].isFinite {
                let slot = dailySlot(firstIndex + i)
                let deviation = values[i] - dayMeans[d] - slope * (Double(i) - centre)
                deviations[slot].append(deviation)
                residualSource.append((slot, deviation))
            }
        }
        guard !residualSource.isEmpty else { return false }
        var profile = [Double](repeating: .nan, count: m)
        for slot in 0..<m {
            if let median = RobustStatistics.median(deviations[slot]) { profile[slot] = median }
        }
        // Fill empty slots by circular linear interpolation between known ones.
        let known = (0..<m).filter { profile[$0].isFinite }
        if known.count < m {
            if known.isEmpty {
                profile = [Double](repeating: 0, count: m)
            } else {
                for slot in 0..<m where !profile[slot].isFinite {
                    var before = slot, after = slot, db = 0, da = 0
                    repeat { before = (before - 1 + m) % m; db += 1 } while !profile[before].isFinite
                    repeat { after = (after + 1) % m; da += 1 } while !profile[after].isFinite
                    let w = Double(db) / Double(db + da)
                    profile[slot] = profile[before] + (profile[after] - profile[before]) * w
                }
            }
        }
        let centreValue = profile.reduce(0, +) / Double(m)
        daily = profile.map { $0 - centreValue }
        if hasWeekly { weekly = [Double](repeating: 0, count: weekly.count) }

        // Level at position 0 (deseasonalised, detrended), then stepped back one bucket: the state refers to
        // the bucket before the first.
        var firstDay: [Double] = []
        for i in 0..<min(values.count, m) where values[i].isFinite {
            firstDay.append(values[i] - daily[dailySlot(firstIndex + i)] - slope * Double(i))
        }
        level = (RobustStatistics.median(firstDay) ?? dayMeans[0]) - slope
        trend = slope
        let residuals = residualSource.map { $0.deviation - profile[$0.slot] }
        let mad = RobustStatistics.medianAbsoluteDeviation(residuals) ?? 0
        let meanAbs = residuals.reduce(0) { $0 + abs($1) } / Double(residuals.count)
        scale = max(1.4826 * mad, 0.5 * meanAbs, 1e-9)
        lastIndex = firstIndex - 1
        return true
    }

    /// Replaces the smoothing constants, keeping the state.
    public mutating func setParameters(_ parameters: HoltWintersParameters) {
        self.parameters = parameters
    }

    /// Σ_{i=1..h} φ^i (the trend multiplier of the h-step forecast).
    @inline(__always) public func dampedSum(_ h: Int) -> Double {
        let phi = parameters.phi
        if phi >= 1 { return Double(h) }
        if h <= 0 { return 0 }
        return phi * (1 - pow(phi, Double(h))) / (1 - phi)
    }

    /// Propagates the state over `count` missing buckets without learning.
    private mutating func skip(_ count: Int) {
        guard count > 0 else { return }
        level += dampedSum(count) * trend
        trend = count >= seasonLength ? 0 : trend * pow(parameters.phi, Double(count))
    }

    /// Learns from the value of bucket `index` (which must be after `lastIndex`; earlier ones are ignored).
    /// Returns the one-step-ahead error before the update (nil when ignored or not initialised).
    @discardableResult
    public mutating func update(index: Int, value: Double) -> Double? {
        guard let last = lastIndex, index > last, value.isFinite else { return nil }
        skip(index - last - 1)
        let p = parameters
        let ds = dailySlot(index)
        let ws = weeklyCellBuckets > 0 ? weeklySlot(index) : 0
        let d = daily[ds]
        let w = weeklyCellBuckets > 0 ? weekly[ws] : 0
        let prediction = level + p.phi * trend + d + w
        let error = value - prediction
        let bound = huberK * scale
        let clipped = min(max(error, -bound), bound)
        let cleaned = prediction + clipped
        let previousLevel = level
        level = p.alpha * (cleaned - d - w) + (1 - p.alpha) * (previousLevel + p.phi * trend)
        trend = p.beta * (level - previousLevel) + (1 - p.beta) * p.phi * trend
        daily[ds] = p.gamma * (cleaned - level - w) + (1 - p.gamma) * d
        if weeklyCellBuckets > 0 {
            weekly[ws] = p.weeklyGamma * (cleaned - level - d) + (1 - p.weeklyGamma) * w
        }
        // Running scale: mean absolute clipped error × √(π/2) ≈ σ for normal errors. The clip lets the scale
        // grow by a bounded factor per step, so a real change of regime is still followed within a few steps.
        scale = max((1 - scaleGain) * scale + scaleGain * 1.2533 * abs(clipped), 1e-9)
        lastIndex = index
        return error
    }

    /// The point forecast `steps` buckets after `lastIndex` (steps ≥ 1); nil before initialisation.
    @inline(__always)
    public func forecast(stepsAhead steps: Int) -> Double? {
        guard let last = lastIndex else { return nil }
        return level + dampedSum(steps) * trend + seasonal(at: last + steps)
    }

    /// The point forecast `steps` ahead with `dampedSum(steps)` precomputed by the caller (for replays).
    @inline(__always)
    public func forecast(stepsAhead steps: Int, dampedSum damped: Double) -> Double {
        level + damped * trend + seasonal(at: (lastIndex ?? 0) + steps)
    }

    /// Fills `into[0..<count]` with the forecasts 1…count steps ahead (no allocation when `into` is large
    /// enough). Does nothing before initialisation.
    public func forecast(steps count: Int, into buffer: inout [Double]) {
        guard let last = lastIndex, count > 0 else { return }
        if buffer.count < count { buffer = [Double](repeating: 0, count: count) }
        let phi = parameters.phi
        var damp = 0.0
        var power = 1.0
        for h in 1...count {
            power *= phi
            damp += power
            buffer[h - 1] = level + damp * trend + seasonal(at: last + h)
        }
    }

    /// The analytic standard deviation of the h-step error of the ETS(A,Ad,A) model with the current constants
    /// and scale: σ·√(1 + Σ_{j<h} c_j²), c_j = α(1 + β(φ+…+φ^j)) + γ·[j a multiple of the season].
    public func analyticStandardDeviation(stepsAhead steps: Int) -> Double {
        let p = parameters
        var sum = 1.0
        if steps > 1 {
            for j in 1..<steps {
                var c = p.alpha * (1 + p.beta * dampedSum(j))
                if j % seasonLength == 0 { c += p.gamma }
                sum += c * c
            }
        }
        return scale * sum.squareRoot()
    }
}
