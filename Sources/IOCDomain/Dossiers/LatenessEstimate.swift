/// The probability that an open dossier, not yet late, is finished after its due time, and what it rests on.
public struct LatenessEstimate: Sendable, Hashable {
    public var probability: Double
    public var basis: LatenessBasis
    /// How many past dossiers of the basis were finished (the estimate's sample).
    public var finished: Int

    public init(probability: Double, basis: LatenessBasis, finished: Int) {
        self.probability = probability
        self.basis = basis
        self.finished = finished
    }
}
