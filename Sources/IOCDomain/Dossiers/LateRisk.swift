/// An open dossier, not yet late, with the estimated probability that it will be.
public struct LateRisk: Sendable, Hashable {
    public var item: EventSummary
    public var estimate: LatenessEstimate

    public init(item: EventSummary, estimate: LatenessEstimate) {
        self.item = item
        self.estimate = estimate
    }
}
