import Foundation

/// The per-series forecasting state: feed it points one at a time, ask it for a projection with prediction
/// intervals and for the probability of crossing a limit within the next hours.
///
/// Pipeline: raw points → `StreamingRegularizer` (grid of `configuration.step`, short gaps filled, long gaps
/// skipped) → optional log scale (`ForecastTransform`) → robust additive Holt-Winters (`HoltWintersModel`,
/// daily season, weekly correction when it helps) → per-horizon blend of the model's forecast with two seasonal
/// references, seasonal-naive (yesterday at the same time) and the seasonal median (median of the last three
/// days at that time), weighted by their recent absolute errors (`ForecastCombiner`) → at every observed
/// bucket, the blended forecasts for 1…`horizonSteps` steps are remembered and later compared with the truth,
/// so `ForecastErrorHistory` holds the forecaster's own out-of-sample errors per horizon (on the model scale).
///
/// Intervals are the point forecast plus empirical quantiles of those errors (honest about bias, skew and heavy
/// tails); with fewer than `minimumErrors` errors at a horizon they fall back to the analytic ETS variance under
/// a normal assumption. The quantile levels are calibrated online (`IntervalCalibrator`, adaptive conformal
/// inference per horizon, tail and group — forecasts with or without yesterday's value, intervals from the
/// empirical errors or from the analytic fallback — judged against the intervals as issued at each origin,
/// not as they would be drawn when the truth arrives), so the share of
/// truths inside the 80 % interval tends to 80 % whatever the error distribution. All statements are made on
/// the model scale and mapped back through the monotone transform, so quantiles and probabilities stay exact.
///
/// Cost: an update is O(horizonSteps · (log errorWindow + combination grid)) plus short memory moves; a
/// forecast is O(steps). The constants are refitted on the bounded history once per `refitEverySteps` (a day
/// by default) — a few milliseconds, inline or off the poll path (`automaticRefit = false`, `proposeFit`,
/// `adopt`). Memory is bounded by `historyDays`, `errorWindow` and `horizonSteps`: about 42 kB with the
/// defaults (errors 2 × 96 × 24 Float, history 14 days × 96 buckets as Float, pending forecasts and their
/// issued interval ends 4 × 25 × 24 Float, blend scores 5 × 66 Float); `memoryFootprint` reports it.
public struct SeasonalForecaster: Sendable {
    public let configuration: ForecastConfiguration
    /// Shifts the refit schedule: a refit is due when the bucket index crosses a multiple of
    /// `refitEverySteps` after adding this phase. Give series different phases (e.g. their position in the
    /// list, or a stable hash of their id) so that 1,000 series do not all refit in the same poll cycle.
    public var refitPhase: Int

    private var regularizer: StreamingRegularizer
    private var model: HoltWintersModel?
    public private(set) var transform: ForecastTransform = .identity
    private var errors: ForecastErrorHistory
    private var combiner: ForecastCombiner
    private var calibrator: IntervalCalibrator

    // Ring of the last `historyCapacity` grid buckets, original scale as Float (NaN when missing).
    private let historyCapacity: Int
    private var historyValues: [Float]
    private var historyKinds: [BucketKind]
    private var historyCount = 0
    private var historyEnd = 0
    /// The index of the last bucket learnt from (the forecast origin).
    public private(set) var lastIndex: Int?

    // Model-scale forecasts made at recent origins, waiting for their truth: row = origin mod (horizonSteps+1);
    // the model's own forecast (scored by the combiner) and the combined one (whose errors make the intervals).
    private var pendingModel: [Float]
    private var pendingCombined: [Float]
    private var pendingOrigin: [Int]
    // The ends of the default (1 − 2·targetTail) interval as issued at each pending origin, as model-scale
    // error offsets from the combined forecast; the calibrator learns whether the truth fell outside *these*.
    private var pendingLower: [Float]
    private var pendingUpper: [Float]
    private var pendingGroup: [UInt8]
    private var scratch: [Double]

    private var stepsSinceFit = 0
    private var lastFitIndex: Int?
    private var structureDecided = false
    private var fitsSinceSearch = 0
    /// Number of fits adopted so far (for monitoring).
    public private(set) var fitCount = 0

    public init(configuration: ForecastConfiguration = ForecastConfiguration(), refitPhase: Int = 0) {
        self.configuration = configuration
        self.refitPhase = refitPhase
        regularizer = StreamingRegularizer(step: configuration.step, maxFilledGap: configuration.maxFilledGap)
        errors = ForecastErrorHistory(horizons: configuration.horizonSteps, capacity: configuration.errorWindow,
                                      stride: configuration.errorOriginStride)
        combiner = Self.makeCombiner(configuration)
        calibrator = Self.makeCalibrator(configuration)
        historyCapacity = configuration.historyDays * configuration.stepsPerDay
        historyValues = [Float](repeating: .nan, count: historyCapacity)
        historyKinds = [BucketKind](repeating: .missing, count: historyCapacity)
        let h = configuration.horizonSteps
        pendingModel = [Float](repeating: .nan, count: (h + 1) * h)
        pendingCombined = [Float](repeating: .nan, count: (h + 1) * h)
        pendingOrigin = [Int](repeating: Int.min, count: h + 1)
        pendingLower = [Float](repeating: .nan, count: (h + 1) * h)
        pendingUpper = [Float](repeating: .nan, count: (h + 1) * h)
        pendingGroup = [UInt8](repeating: 0, count: (h + 1) * h)
        scratch = [Double](repeating: 0, count: h)
    }

    // MARK: state

    /// True once a model exists (a day of data); forecasts are nil before.
    public var isReady: Bool { model != nil }

    /// The constants in use, nil before the first fit.
    public var parameters: HoltWintersParameters? { model?.parameters }

    /// Whether the weekly correction is in use.
    public var usesWeeklyCycle: Bool { model?.hasWeekly ?? false }

    /// Start of the last bucket learnt from (the forecast origin).
    public var lastDate: Date? {
        lastIndex.map { Date(timeIntervalSince1970: Double($0) * configuration.step) }
    }

    /// The weight of the model's own forecast in the blend with seasonal-naive at a horizon (1 = model only),
    /// for monitoring.
    public func blendWeight(stepsAhead h: Int) -> Double {
        configuration.combineWithSeasonalNaive ? combiner.weights(horizon: h).model : 1
    }

    /// Approximate bytes of state held by this forecaster (struct plus array storage; excludes allocator
    /// overhead), for capacity planning.
    public var memoryFootprint: Int {
        var bytes = MemoryLayout<Self>.size + errors.memoryFootprint + combiner.memoryFootprint +
            calibrator.memoryFootprint
        bytes += historyValues.count * MemoryLayout<Float>.size + historyKinds.count * MemoryLayout<BucketKind>.size
        bytes += (pendingModel.count + pendingCombined.count) * MemoryLayout<Float>.size
        bytes += (pendingLower.count + pendingUpper.count) * MemoryLayout<Float>.size + pendingGroup.count
        bytes += (pendingOrigin.count + scratch.count) * 8
        if let model { bytes += (model.daily.count + model.weekly.count) * MemoryLayout<Double>.size }
        return bytes
    }

    /// Past errors held for a horizon (steps ahead).
    public func errorCount(stepsAhead h: Int) -> Int { errors.count(horizon: h) }

    /// Whether a refit is due (used with `automaticRefit = false`).
    public var refitDue: Bool {
        guard let last = lastIndex else { return false }
        if model == nil { return historyCount >= configuration.stepsPerDay }
        return isRefitDue(at: last)
    }

    // MARK: input

    /// Adds one raw point. Non-finite values, and points older than the bucket being filled, are ignored.
    /// The model learns when a bucket is complete, i.e. when the first point of a later bucket arrives.
    public mutating func add(_ value: Double, at date: Date) {
        var emitted: [RegularBucket] = []
        regularizer.add(value, at: date) { emitted.append($0) }
        for bucket in emitted { add(bucket: bucket) }
    }

    /// Adds one already regularised bucket (indices must increase; `.missing` buckets are ignored, a jump in
    /// index is a gap).
    public mutating func add(bucket: RegularBucket) {
        guard bucket.kind != .missing, bucket.value.isFinite else { return }
        if let last = lastIndex, bucket.index <= last { return }
        appendHistory(bucket)
        stepsSinceFit += 1
        guard model != nil else {
            if configuration.automaticRefit && historyCount >= configuration.stepsPerDay { refit() }
            return
        }
        let z = transform.apply(bucket.value)
        let horizons = configuration.horizonSteps
        if bucket.kind == .observed {
            for h in 1...horizons {
                let origin = bucket.index - h
                let row = pendingRow(origin)
                guard pendingOrigin[row] == origin else { continue }
                let at = row * horizons + h - 1
                let error = z - Double(pendingCombined[at])
                // Did the truth fall outside the default interval issued at the origin? Adaptive conformal
                // inference only holds its coverage for the intervals it actually issued: judging them with
                // today's quantiles, which already hold the errors of the last h steps, would count too few
                // misses whenever errors come in bursts (episodes), and long horizons would under-cover.
                let group = Int(pendingGroup[at])
                let lower = Double(pendingLower[at]), upper = Double(pendingUpper[at])
                if lower.isFinite && upper.isFinite {
                    calibrator.observe(horizon: h, group: group, below: error < lower, above: error > upper)
                }
                errors.record(origin: origin, horizon: h, error: error)
                if configuration.combineWithSeasonalNaive {
                    let references = seasonalReferences(target: bucket.index, origin: origin)
                    combiner.observe(horizon: h, truth: z, model: Double(pendingModel[at]),
                                     naive: references.naive, median: references.median)
                }
            }
        }
        model?.update(index: bucket.index, value: z) // in place: no copy of the seasonal arrays
        if configuration.automaticRefit && isRefitDue(at: bucket.index) { refit() }
        if bucket.kind == .observed { openOrigin(bucket.index) }
    }

    /// Chooses a model on the kept history now and adopts it (normally automatic, once a day of data).
    public mutating func refit() {
        if let fit = proposeFit() { adopt(fit) }
    }

    /// Chooses structure, scale and constants on the kept history without changing the state (safe to run on
    /// a copy in the background). Structure (weekly correction or not; log scale or not) is searched at the
    /// first fit with two days of data and then every `structureSearchEvery` fits; candidates are compared by
    /// the fitter's score (MAE relative to seasonal-naive over the fit horizons).
    public func proposeFit() -> ForecastFit? {
        guard historyCount > 0, let last = lastIndex else { return nil }
        let (values, kinds) = linearHistory()
        let firstIndex = last - historyCount + 1
        let m = configuration.stepsPerDay
        let horizons = fitHorizons()
        let positive = !values.contains { $0.isFinite && $0 <= 0 }
        let search = !structureDecided || fitsSinceSearch + 1 >= configuration.structureSearchEvery
        var weeklyOptions = [model?.hasWeekly ?? false]
        var transformOptions = [transform == .log && !positive ? .identity : transform]
        if search {
            weeklyOptions = [false]
            if configuration.weekly && historyCount >= configuration.weeklyMinimumDays * m { weeklyOptions.append(true) }
            transformOptions = [.identity]
            if configuration.allowLogTransform && positive { transformOptions.append(.log) }
        }
        let previous = model?.parameters ?? .standard
        var best: ForecastFit?
        for weekly in weeklyOptions {
            for candidate in transformOptions {
                var start = previous
                if weekly && !(model?.hasWeekly ?? false) { start.weeklyGamma = 0.1 }
                if candidate != transform { start = HoltWintersParameters(weeklyGamma: start.weeklyGamma) }
                guard let result = HoltWintersFitter.fit(values: values, kinds: kinds, firstIndex: firstIndex,
                                                         seasonLength: m, weekly: weekly, transform: candidate,
                                                         huberK: configuration.huberK, horizons: horizons,
                                                         start: start, maxEvaluations: configuration.fitEvaluations)
                else { continue }
                if best == nil || result.score < best!.score {
                    best = ForecastFit(parameters: result.parameters, weekly: weekly, transform: candidate,
                                       score: result.score, searchedStructure: search && result.score.isFinite)
                }
            }
        }
        return best
    }

    /// Adopts a fit: replays the kept history with it (one O(history) pass). When the scale changes, the error
    /// history restarts (old errors were measured on the other scale).
    public mutating func adopt(_ fit: ForecastFit) {
        guard historyCount > 0, let last = lastIndex else { return }
        let (values, kinds) = linearHistory()
        guard let replayed = HoltWintersFitter.replay(values: values, kinds: kinds,
                                                      firstIndex: last - historyCount + 1,
                                                      seasonLength: configuration.stepsPerDay,
                                                      weekly: fit.weekly, transform: fit.transform,
                                                      huberK: configuration.huberK,
                                                      parameters: fit.parameters) else { return }
        if fit.transform != transform || model == nil {
            // Errors and blend scores were measured on the other scale. The calibration is kept: it is a
            // statement about tail probabilities, not about the scale.
            errors = ForecastErrorHistory(horizons: configuration.horizonSteps, capacity: configuration.errorWindow,
                                      stride: configuration.errorOriginStride)
            combiner = Self.makeCombiner(configuration)
            for k in pendingOrigin.indices { pendingOrigin[k] = Int.min }
        }
        transform = fit.transform
        model = replayed
        if fit.searchedStructure {
            structureDecided = true
            fitsSinceSearch = 0
        } else {
            fitsSinceSearch += 1
        }
        stepsSinceFit = 0
        lastFitIndex = last
        fitCount += 1
    }

    // MARK: output

    /// The point forecast `h` steps after the origin (a median when on the log scale).
    public func mean(stepsAhead h: Int) -> Double? {
        guard h >= 1, let model, let z = projection(model: model, stepsAhead: h)?.z else { return nil }
        return transform.invert(z)
    }

    /// The p-quantile of the forecast distribution `h` steps ahead.
    public func quantile(_ p: Double, stepsAhead h: Int) -> Double? {
        guard let model, h >= 1, let (z, group) = projection(model: model, stepsAhead: h) else { return nil }
        return transform.invert(z + errorQuantile(p, stepsAhead: h, model: model, group: group))
    }

    /// The central prediction interval of coverage `level` (e.g. 0.8 → 10 % and 90 % quantiles).
    public func interval(stepsAhead h: Int, level: Double = 0.8) -> (lower: Double, upper: Double)? {
        guard let model, h >= 1, let (z, group) = projection(model: model, stepsAhead: h) else { return nil }
        let tail = (1 - min(max(level, 0), 1)) / 2
        return (transform.invert(z + errorQuantile(tail, stepsAhead: h, model: model, group: group)),
                transform.invert(z + errorQuantile(1 - tail, stepsAhead: h, model: model, group: group)))
    }

    /// The projection for the next `steps` buckets with intervals of coverage `level`.
    public func forecast(steps: Int, level: Double = 0.8) -> SeriesForecast? {
        guard let model, let last = lastIndex, steps >= 1 else { return nil }
        let step = configuration.step
        let tail = (1 - min(max(level, 0), 1)) / 2
        let (means, groups) = projections(model: model, steps: steps)
        var points: [ForecastPoint] = []
        points.reserveCapacity(steps)
        for h in 1...steps {
            let z = means[h - 1]
            let g = Int(groups[h - 1])
            points.append(ForecastPoint(date: Date(timeIntervalSince1970: Double(last + h) * step), stepsAhead: h,
                                        mean: transform.invert(z),
                                        lower: transform.invert(z + errorQuantile(tail, stepsAhead: h, model: model,
                                                                                  group: g)),
                                        upper: transform.invert(z + errorQuantile(1 - tail, stepsAhead: h,
                                                                                  model: model, group: g))))
        }
        return SeriesForecast(origin: Date(timeIntervalSince1970: Double(last) * step), step: step, level: level,
                              points: points)
    }

    /// The probability that the series is above `limit` exactly `h` steps ahead.
    public func probabilityAbove(_ limit: Double, stepsAhead h: Int) -> Double? {
        guard let model, h >= 1, !limit.isNaN, let (z, group) = projection(model: model, stepsAhead: h)
        else { return nil }
        if transform == .log && limit <= 0 { return 1 }
        return marginalAbove(transform.apply(limit), mean: z, stepsAhead: h, model: model, group: group)
    }

    /// The probability that the series goes above `limit` at some step within the next `steps` steps — the
    /// quantity of the `forecast` alarm rule ("above 200 within 6 h with probability at least 0.7").
    ///
    /// Estimate: the model's recent error paths (errors at horizons 1…steps of one past origin, which are
    /// strongly correlated) are laid on top of the current forecasts, and the share of paths that cross the
    /// limit is the probability; it is never reported below the largest single-step probability. With fewer
    /// than `minimumErrors` complete paths the largest single-step probability alone is used (analytic normal
    /// when errors are few) — exact when errors across steps move together, otherwise a lower bound; the union
    /// bound (sum) was rejected as it saturates at 1 for any limit near the forecast.
    public func probabilityAbove(_ limit: Double, withinSteps steps: Int) -> Double? {
        guard let model, let last = lastIndex, steps >= 1, !limit.isNaN else { return nil }
        if limit == -.infinity || (transform == .log && limit <= 0) { return 1 }
        if limit == .infinity { return 0 }
        let zLimit = transform.apply(limit)
        let (means, groups) = projections(model: model, steps: steps)
        var marginal = 0.0
        for h in 1...steps {
            marginal = max(marginal, marginalAbove(zLimit, mean: means[h - 1], stepsAhead: h, model: model,
                                                   group: Int(groups[h - 1])))
        }
        let tracked = min(steps, configuration.horizonSteps)
        let paths = errors.pathExceedances(means: means, limit: zLimit, steps: tracked, latestOrigin: last)
        if paths.paths >= configuration.minimumErrors {
            // The share of crossing paths gets the calibration of the longest horizon's upper tail.
            let share = Double(paths.exceeding) / Double(paths.paths)
            return max(marginal, calibrator.calibratedExceedance(share, horizon: tracked,
                                                                 group: calibrationGroup(Int(groups[tracked - 1]),
                                                                                         empirical: true)))
        }
        return marginal
    }

    /// As `probabilityAbove(_:withinSteps:)` over a duration (rounded up to whole steps).
    public func probabilityAbove(_ limit: Double, within duration: TimeInterval) -> Double? {
        guard duration.isFinite, duration > 0 else { return nil }
        return probabilityAbove(limit, withinSteps: max(1, Int((duration / configuration.step).rounded(.up))))
    }

    // MARK: internals

    /// Due when the index crossed a multiple of `refitEverySteps` (shifted by the phase) since the last fit, or
    /// when twice that many steps went by.
    private func isRefitDue(at index: Int) -> Bool {
        let period = configuration.refitEverySteps
        guard let lastFit = lastFitIndex else { return true }
        if stepsSinceFit >= 2 * period { return true }
        let phase = ((refitPhase % period) + period) % period
        func cycle(_ i: Int) -> Int {
            let shifted = i + phase
            return shifted >= 0 ? shifted / period : (shifted - period + 1) / period
        }
        return cycle(index) > cycle(lastFit)
    }

    private func fitHorizons() -> [Int] {
        let h = configuration.horizonSteps
        let hour = max(1, Int((3600 / configuration.step).rounded()))
        return Array(Set([1, min(hour, h), h])).sorted()
    }

    @inline(__always) private func pendingRow(_ origin: Int) -> Int {
        let n = configuration.horizonSteps + 1
        let r = origin % n
        return r < 0 ? r + n : r
    }

    private mutating func openOrigin(_ origin: Int) {
        guard let model else { return }
        let horizons = configuration.horizonSteps
        errors.open(origin: origin)
        model.forecast(steps: horizons, into: &scratch)
        let row = pendingRow(origin)
        let base = row * horizons
        let combine = configuration.combineWithSeasonalNaive
        let tail = calibrator.targetTail
        for k in 0..<horizons {
            let f = scratch[k]
            pendingModel[base + k] = Float(f)
            let c = combine ? blend(f, target: origin + k + 1, origin: origin, horizon: k + 1) : f
            pendingCombined[base + k] = Float(c)
            let group = referenceGroup(target: origin + k + 1, origin: origin)
            let empirical = errors.count(horizon: k + 1) >= configuration.minimumErrors
            pendingGroup[base + k] = UInt8(calibrationGroup(group, empirical: empirical))
            pendingLower[base + k] = Float(errorQuantile(tail, stepsAhead: k + 1, model: model, group: group))
            pendingUpper[base + k] = Float(errorQuantile(1 - tail, stepsAhead: k + 1, model: model, group: group))
        }
        pendingOrigin[row] = origin
    }

    /// The model-scale point forecast h steps ahead (the model's, blended with the seasonal references when
    /// enabled) and its calibration group (see `referenceGroup`).
    private func projection(model: HoltWintersModel, stepsAhead h: Int) -> (z: Double, group: Int)? {
        guard let f = model.forecast(stepsAhead: h), let last = lastIndex else { return nil }
        let group = referenceGroup(target: last + h, origin: last)
        guard configuration.combineWithSeasonalNaive else { return (f, group) }
        return (blend(f, target: last + h, origin: last, horizon: h), group)
    }

    /// The model-scale point forecasts 1…steps ahead and their calibration groups (see `projection`).
    private func projections(model: HoltWintersModel, steps: Int) -> (means: [Double], groups: [UInt8]) {
        var means = [Double](repeating: 0, count: steps)
        var groups = [UInt8](repeating: 0, count: steps)
        model.forecast(steps: steps, into: &means)
        guard let last = lastIndex else { return (means, groups) }
        let combine = configuration.combineWithSeasonalNaive
        for h in 1...steps {
            groups[h - 1] = UInt8(referenceGroup(target: last + h, origin: last))
            if combine { means[h - 1] = blend(means[h - 1], target: last + h, origin: last, horizon: h) }
        }
        return (means, groups)
    }

    /// The calibration group of a forecast (Mondrian conformal prediction): 0 when the value one day before the
    /// target is known at the origin, 1 when it is not (after gaps, in sparse data). Forecasts of the two kinds
    /// have different error sizes — without a seasonal reference and right after gaps the forecast is less
    /// certain — so each group gets its own interval calibration and holds its coverage on its own.
    private func referenceGroup(target: Int, origin: Int) -> Int {
        let m = configuration.stepsPerDay
        let back = max(1, (target - origin + m - 1) / m) * m
        return keptValue(target - back).isFinite ? 0 : 1
    }

    @inline(__always) private func blend(_ f: Double, target: Int, origin: Int, horizon h: Int) -> Double {
        let r = seasonalReferences(target: target, origin: origin)
        return combiner.combine(model: f, naive: r.naive, median: r.median, horizon: h)
    }

    /// The seasonal references for bucket `target` known at `origin`, on the model scale: the kept value the
    /// fewest whole days before the target that is not after the origin (seasonal-naive), and the median of
    /// the first three kept values at that time of day going back up to `seasonalReferenceDays` days (the mean
    /// when only two are kept). NaN when unknown.
    private func seasonalReferences(target: Int, origin: Int) -> (naive: Double, median: Double) {
        let m = configuration.stepsPerDay
        let back = max(1, (target - origin + m - 1) / m) * m
        let first = keptValue(target - back)
        let days = configuration.seasonalReferenceDays
        let median: Double = withUnsafeTemporaryAllocation(of: Double.self, capacity: days) { kept in
            var found = 0
            for d in 0..<days {
                let v = d == 0 ? first : keptValue(target - back - d * m)
                guard v.isFinite else { continue }
                // Insertion into the sorted prefix.
                var i = found
                while i > 0 && kept[i - 1] > v { kept[i] = kept[i - 1]; i -= 1 }
                kept[i] = v
                found += 1
            }
            guard found > 0 else { return .nan }
            return found % 2 == 1 ? kept[found / 2] : 0.5 * (kept[found / 2 - 1] + kept[found / 2])
        }
        return (scaled(first), scaled(median))
    }

    @inline(__always) private func scaled(_ v: Double) -> Double {
        guard v.isFinite, transform != .log || v > 0 else { return .nan }
        return transform.apply(v)
    }

    /// The kept original-scale value of a bucket; NaN when missing or no longer kept.
    private func keptValue(_ index: Int) -> Double {
        guard let last = lastIndex else { return .nan }
        let age = last - index
        guard age >= 0, age < historyCount else { return .nan }
        let position = ((historyEnd - 1 - age) % historyCapacity + historyCapacity) % historyCapacity
        guard historyKinds[position] != .missing else { return .nan }
        return Double(historyValues[position])
    }

    private static func makeCombiner(_ c: ForecastConfiguration) -> ForecastCombiner {
        ForecastCombiner(horizons: c.horizonSteps, memory: c.combinationMemory, resolution: c.combinationResolution)
    }

    private static func makeCalibrator(_ c: ForecastConfiguration) -> IntervalCalibrator {
        IntervalCalibrator(horizons: c.horizonSteps, groups: 4, targetTail: 0.1, gain: c.calibrationGain)
    }

    /// The calibrator's group of a forecast: its reference group (see `referenceGroup`), split further by where
    /// the interval came from — the empirical errors, or the analytic normal fallback used while errors are few
    /// (start-up, after gaps in sparse data). The two sources err differently, so each gets its own calibration;
    /// otherwise the misses of the fallback would be repaid for days by needlessly wide empirical intervals.
    @inline(__always) private func calibrationGroup(_ group: Int, empirical: Bool) -> Int {
        empirical ? group : group + 2
    }

    /// Model-scale error quantile: empirical when enough errors; beyond the tracked horizon the empirical
    /// quantile of the last tracked horizon scaled by the ratio of analytic spreads; analytic normal otherwise.
    private func errorQuantile(_ p: Double, stepsAhead h: Int, model: HoltWintersModel, group: Int) -> Double {
        let tracked = configuration.horizonSteps
        let k = min(h, tracked)
        let empirical = errors.count(horizon: k) >= configuration.minimumErrors
        let p = calibrator.adjustedLevel(p, horizon: h, group: calibrationGroup(group, empirical: empirical))
        if empirical, let q = errors.quantile(p, horizon: k) {
            if h <= tracked { return q }
            let ratio = model.analyticStandardDeviation(stepsAhead: h) /
                max(model.analyticStandardDeviation(stepsAhead: tracked), 1e-12)
            return q * ratio
        }
        return NormalDistribution.quantile(min(max(p, 1e-9), 1 - 1e-9)) *
            model.analyticStandardDeviation(stepsAhead: h)
    }

    private func marginalAbove(_ zLimit: Double, mean: Double, stepsAhead h: Int, model: HoltWintersModel,
                               group: Int) -> Double {
        let tracked = configuration.horizonSteps
        if h <= tracked, errors.count(horizon: h) >= configuration.minimumErrors,
           let p = errors.fractionAbove(zLimit - mean, horizon: h) {
            return calibrator.calibratedExceedance(p, horizon: h, group: calibrationGroup(group, empirical: true))
        }
        let sd = model.analyticStandardDeviation(stepsAhead: h)
        guard sd > 0 else { return mean > zLimit ? 1 : 0 }
        return calibrator.calibratedExceedance(1 - NormalDistribution.cdf((zLimit - mean) / sd), horizon: h,
                                               group: calibrationGroup(group, empirical: false))
    }

    private mutating func appendHistory(_ bucket: RegularBucket) {
        if let last = lastIndex {
            let gap = bucket.index - last - 1
            if gap >= historyCapacity {
                historyCount = 0
                historyEnd = 0
            } else if gap > 0 {
                for _ in 0..<gap { pushHistory(.nan, .missing) }
            }
        }
        pushHistory(bucket.value, bucket.kind)
        lastIndex = bucket.index
    }

    private mutating func pushHistory(_ value: Double, _ kind: BucketKind) {
        historyValues[historyEnd] = Float(value)
        historyKinds[historyEnd] = kind
        historyEnd = (historyEnd + 1) % historyCapacity
        historyCount = min(historyCount + 1, historyCapacity)
    }

    private func linearHistory() -> ([Double], [BucketKind]) {
        var values: [Double] = []
        var kinds: [BucketKind] = []
        values.reserveCapacity(historyCount)
        kinds.reserveCapacity(historyCount)
        var position = (historyEnd - historyCount + historyCapacity) % historyCapacity
        for _ in 0..<historyCount {
            values.append(Double(historyValues[position]))
            kinds.append(historyKinds[position])
            position = (position + 1) % historyCapacity
        }
        return (values, kinds)
    }
}

