import Foundation

/// Chooses the smoothing constants of a `HoltWintersModel` on a stretch of history, and replays history.
///
/// Score of a set of constants: the sum over `horizons` of MAE(model) / MAE(seasonal-naive), both measured on
/// the original scale while replaying the history, on the same pairs (origins: observed buckets after the first
/// day; targets: observed buckets whose value one day earlier is known). Several horizons rather than one
/// step ahead, because one-step error alone favours a nervous level that forecasts hours ahead badly; each
/// horizon is divided by its seasonal-naive error so that the long horizons (larger errors) do not drown the
/// short ones; absolute rather than squared error, so spikes do not dominate.
///
/// Search: Nelder–Mead over the constants mapped to bounded ranges by a logistic function
/// (α 0.01–0.9, β 0–0.2, γ 0.01–0.6, φ 0.8–1, weekly γ 0–0.5), started from the given constants, with a
/// fixed budget of evaluations (each is one O(n) replay).
public enum HoltWintersFitter {
    /// A model initialised on and replayed over the whole history (original-scale `values`, NaN when
    /// missing); nil when no value is usable.
    public static func replay(values: [Double], kinds: [BucketKind], firstIndex: Int, seasonLength: Int,
                              weekly: Bool, transform: ForecastTransform, huberK: Double,
                              parameters: HoltWintersParameters) -> HoltWintersModel? {
        let n = min(values.count, kinds.count)
        let z = (0..<n).map { kinds[$0] == .missing ? Double.nan : transform.apply(values[$0]) }
        var model = HoltWintersModel(parameters: parameters, seasonLength: seasonLength, weekly: weekly,
                                     huberK: huberK)
        guard model.initialize(values: z, firstIndex: firstIndex) else { return nil }
        for i in 0..<n where kinds[i] != .missing && z[i].isFinite {
            model.update(index: firstIndex + i, value: z[i])
        }
        return model
    }

    /// The best constants found and their score; nil when the history cannot initialise a model. With fewer
    /// than two days of history the start constants are returned with an infinite score.
    public static func fit(values: [Double], kinds: [BucketKind], firstIndex: Int, seasonLength: Int,
                           weekly: Bool, transform: ForecastTransform, huberK: Double, horizons: [Int],
                           start: HoltWintersParameters = .standard,
                           maxEvaluations: Int = 40) -> (parameters: HoltWintersParameters, score: Double)? {
        let n = min(values.count, kinds.count)
        let m = seasonLength
        let hs = horizons.filter { $0 >= 1 && $0 <= m }
        let z = (0..<n).map { kinds[$0] == .missing ? Double.nan : transform.apply(values[$0]) }
        var template = HoltWintersModel(parameters: start, seasonLength: m, weekly: weekly, huberK: huberK)
        guard n > 0, template.initialize(values: z, firstIndex: firstIndex) else { return nil }
        guard n >= 2 * m, !hs.isEmpty else { return (start, .infinity) }

        // Scored pairs and the seasonal-naive error on them (independent of the constants).
        var naive = [Double](repeating: 0, count: hs.count)
        var scoredTarget = [Bool](repeating: false, count: n)
        for j in m..<n where kinds[j] == .observed && kinds[j - m] != .missing {
            scoredTarget[j] = true
        }
        for (k, h) in hs.enumerated() {
            for j in m..<n where scoredTarget[j] && j - h >= m && kinds[j - h] == .observed {
                naive[k] += abs(values[j] - values[j - m])
            }
            if naive[k] <= 0 { naive[k] = 1 }
        }
        var workspace = [Double](repeating: .nan, count: hs.count * n)

        func score(_ parameters: HoltWintersParameters) -> Double {
            var model = template
            model.setParameters(parameters)
            let damped = hs.map { model.dampedSum($0) }
            var sums = [Double](repeating: 0, count: hs.count)
            var any = false
            for i in 0..<n where kinds[i] != .missing && z[i].isFinite {
                if scoredTarget[i] {
                    for k in 0..<hs.count where i - hs[k] >= m {
                        let predicted = workspace[k * n + i]
                        if predicted.isFinite {
                            sums[k] += abs(values[i] - predicted)
                            any = true
                        }
                    }
                }
                model.update(index: firstIndex + i, value: z[i])
                if kinds[i] == .observed && i >= m {
                    for k in 0..<hs.count where i + hs[k] < n && scoredTarget[i + hs[k]] {
                        workspace[k * n + i + hs[k]] = transform.invert(model.forecast(stepsAhead: hs[k],
                                                                                       dampedSum: damped[k]))
                    }
                }
            }
            for k in 0..<workspace.count { workspace[k] = .nan }
            guard any else { return .infinity }
            var total = 0.0
            for k in 0..<hs.count { total += sums[k] / naive[k] }
            return total
        }

        let bounds: [(Double, Double)] = [(0.01, 0.9), (0, 0.2), (0.01, 0.6), (0.8, 1.0), (0, 0.5)]
        let dimension = weekly ? 5 : 4
        func toParameters(_ x: [Double]) -> HoltWintersParameters {
            func map(_ v: Double, _ b: (Double, Double)) -> Double { b.0 + (b.1 - b.0) / (1 + exp(-v)) }
            return HoltWintersParameters(alpha: map(x[0], bounds[0]), beta: map(x[1], bounds[1]),
                                         gamma: map(x[2], bounds[2]),
                                         weeklyGamma: weekly ? map(x[4], bounds[4]) : 0,
                                         phi: map(x[3], bounds[3]))
        }
        func toUnconstrained(_ p: HoltWintersParameters) -> [Double] {
            func unmap(_ v: Double, _ b: (Double, Double)) -> Double {
                let f = min(max((v - b.0) / (b.1 - b.0), 0.02), 0.98)
                return log(f / (1 - f))
            }
            var x = [unmap(p.alpha, bounds[0]), unmap(p.beta, bounds[1]), unmap(p.gamma, bounds[2]),
                     unmap(p.phi, bounds[3])]
            if weekly { x.append(unmap(p.weeklyGamma, bounds[4])) }
            return x
        }

        let x0 = toUnconstrained(start)
        var best = (parameters: toParameters(x0), score: score(toParameters(x0)))
        var evaluations = 1
        func objective(_ x: [Double]) -> Double {
            let p = toParameters(x)
            let s = score(p)
            evaluations += 1
            if s < best.score { best = (p, s) }
            return s
        }

        // Nelder–Mead (reflection 1, expansion 2, contraction ½, shrink ½).
        var simplex: [[Double]] = [x0]
        var scores: [Double] = [best.score]
        for d in 0..<dimension {
            var x = x0
            x[d] += x[d] > 0 ? -1.5 : 1.5
            simplex.append(x)
            scores.append(objective(x))
        }
        while evaluations < maxEvaluations {
            let order = scores.indices.sorted { scores[$0] < scores[$1] }
            simplex = order.map { simplex[$0] }
            scores = order.map { scores[$0] }
            if scores[dimension] - scores[0] <= 1e-6 * (abs(scores[0]) + 1e-12) { break }
            var centroid = [Double](repeating: 0, count: dimension)
            for v in simplex.dropLast() { for d in 0..<dimension { centroid[d] += v[d] / Double(dimension) } }
            func along(_ t: Double) -> [Double] {
                (0..<dimension).map { centroid[$0] + t * (simplex[dimension][$0] - centroid[$0]) }
            }
            let reflected = along(-1)
            let reflectedScore = objective(reflected)
            if reflectedScore < scores[0] {
                let expanded = along(-2)
                let expandedScore = objective(expanded)
                if expandedScore < reflectedScore {
                    simplex[dimension] = expanded; scores[dimension] = expandedScore
                } else {
                    simplex[dimension] = reflected; scores[dimension] = reflectedScore
                }
            } else if reflectedScore < scores[dimension - 1] {
                simplex[dimension] = reflected; scores[dimension] = reflectedScore
            } else {
                let outside = reflectedScore < scores[dimension]
                let contracted = along(outside ? -0.5 : 0.5)
                let contractedScore = objective(contracted)
                if contractedScore < min(reflectedScore, scores[dimension]) {
                    simplex[dimension] = contracted; scores[dimension] = contractedScore
                } else {
                    for k in 1...dimension {
                        simplex[k] = (0..<dimension).map { simplex[0][$0] + 0.5 * (simplex[k][$0] - simplex[0][$0]) }
                        scores[k] = objective(simplex[k])
                    }
                }
            }
        }
        return best
    }
}
