import Foundation

/// Batch regularising: irregular (date, value) points to a `RegularSeries` on a grid of fixed step.
///
/// Uses `StreamingRegularizer` underneath, so a batch run and a streaming run over the same points give the
/// same buckets. Points are sorted by date first; non-finite values are dropped.
public enum SeriesRegularizer {
    /// The median spacing between consecutive distinct timestamps, in seconds; nil with fewer than two.
    public static func medianStep(_ dates: [Date]) -> TimeInterval? {
        let times = dates.map(\.timeIntervalSince1970).filter(\.isFinite).sorted()
        guard times.count >= 2 else { return nil }
        var differences: [Double] = []
        differences.reserveCapacity(times.count - 1)
        for i in 1..<times.count where times[i] > times[i - 1] {
            differences.append(times[i] - times[i - 1])
        }
        return RobustStatistics.median(differences)
    }

    /// Puts `points` on a grid of `step` seconds (the median step of the points when nil), averaging within a
    /// bucket, filling gaps of at most `maxFilledGap` seconds linearly and marking longer ones `.missing`.
    /// Returns an empty series when no point is usable.
    public static func regularize(_ points: [TimedValue], step: TimeInterval? = nil,
                                  maxFilledGap: TimeInterval = 3600) -> RegularSeries {
        let usable = points.filter { $0.value.isFinite && $0.date.timeIntervalSince1970.isFinite }
            .sorted { $0.date < $1.date }
        let chosenStep: TimeInterval
        if let step, step.isFinite, step > 0 {
            chosenStep = step
        } else {
            chosenStep = medianStep(usable.map(\.date)) ?? 900
        }
        var regularizer = StreamingRegularizer(step: chosenStep, maxFilledGap: maxFilledGap)
        var buckets: [RegularBucket] = []
        for point in usable {
            regularizer.add(point.value, at: point.date) { buckets.append($0) }
        }
        regularizer.flush { buckets.append($0) }
        guard let first = buckets.first, let last = buckets.last else {
            return RegularSeries(step: chosenStep, firstIndex: 0, values: [], kinds: [])
        }
        let count = last.index - first.index + 1
        var values = [Double](repeating: .nan, count: count)
        var kinds = [BucketKind](repeating: .missing, count: count)
        for bucket in buckets {
            values[bucket.index - first.index] = bucket.value
            kinds[bucket.index - first.index] = bucket.kind
        }
        return RegularSeries(step: chosenStep, firstIndex: first.index, values: values, kinds: kinds)
    }
}
