import Foundation
import IOCAnalytics
import IOCDomain

/// The series' forecasters seen from outside the cycle: their projections for the screens, and their daily refits.
extension RuleEvaluator {
    /// The projections of the series that `projections:` names and whose forecaster learnt a step since the last call
    /// (a projection changes once a step, not at every value), each `projections.ahead` long with 80 % intervals.
    /// A series only a forecast rule watches is not projected.
    public func takeProjections() -> [(key: String, projection: SeriesProjection)] {
        guard let settings = projections else { return [] }
        return memory.withLock { memory in
            var taken: [(key: String, projection: SeriesProjection)] = []
            for key in memory.projectionsDue.sorted() where RuleGlob.matches(settings.series, key) {
                guard let forecaster = memory.forecasters[key] else { continue }
                let steps = max(1, Int((settings.ahead / forecaster.configuration.step).rounded()))
                guard SeriesModelState.isTrusted(forecaster, steps: steps) else { continue }
                guard let forecast = forecaster.forecast(steps: min(steps, forecaster.configuration.horizonSteps)) else { continue }
                let values = forecast.points.compactMap { p -> ProjectedValue? in
                    guard p.mean.isFinite, p.lower.isFinite, p.upper.isFinite else { return nil }
                    return ProjectedValue(at: p.date, mean: p.mean, lower: min(p.lower, p.mean), upper: max(p.upper, p.mean))
                }
                guard values.count == forecast.points.count else { continue }
                taken.append((key, SeriesProjection(origin: forecast.origin, step: forecast.step, level: forecast.level,
                                                    values: values)))
            }
            memory.projectionsDue.removeAll()
            return taken
        }
    }

    /// Makes these series' projections due again (a write that failed).
    public func markProjectionsDue(_ keys: [String]) {
        memory.withLock { $0.projectionsDue.formUnion(keys) }
    }

    /// Refits the forecasters whose daily refit is due, each on a copy outside the evaluator's lock (a few
    /// milliseconds each), adopted under it: the rules' cycle never waits for a fit. Returns how many were refitted
    /// and how many found no fit (still due: tried again at the next call).
    @discardableResult
    public func refitModels() -> (refitted: Int, failed: Int) {
        let due: [(String, SeasonalForecaster)] = memory.withLock { memory in
            memory.forecasters.filter { $0.value.isReady && $0.value.refitDue }.map { ($0.key, $0.value) }
        }
        var refitted = 0, failed = 0
        for (key, copy) in due {
            guard let fit = copy.proposeFit() else {
                failed += 1
                continue
            }
            memory.withLock { memory in
                // Adopted by the forecaster as it is now (it may have learnt more meanwhile): the fit's constants replay
                // its whole kept history.
                guard var current = memory.forecasters.removeValue(forKey: key) else { return }
                current.adopt(fit)
                memory.forecasters[key] = current
            }
            refitted += 1
        }
        return (refitted, failed)
    }
}
