/// One bucket of a regular time grid, as emitted by `StreamingRegularizer`.
///
/// `index` counts steps since 1970-01-01 00:00 UTC (bucket `i` covers `[i·step, (i+1)·step)` seconds), so the
/// same instant always falls in the same bucket and season positions (`index mod buckets-per-day`) are stable
/// across restarts.
public struct RegularBucket: Sendable, Hashable {
    public var index: Int
    public var value: Double
    public var kind: BucketKind

    public init(index: Int, value: Double, kind: BucketKind) {
        self.index = index
        self.value = value
        self.kind = kind
    }
}
