/// A KPI's target and how a value is judged against it, one table for the console and the wall alike (Decision 27).
/// Hà Nội's dossier target is "trên 95 %" (more than 95 % on time): 95.0 % exactly misses it.
public struct KPITarget: Sendable, Equatable {
    /// The target value, in the KPI's unit (percent here).
    public let value: Double
    /// Whether the target is met only strictly above `value` ("trên 95 %"), else at or above it ("100 %").
    public let strictlyAbove: Bool
    /// At or below this a miss is serious (critical), else it is a warning.
    public let seriousBelow: Double

    public init(value: Double, strictlyAbove: Bool, seriousBelow: Double) {
        self.value = value
        self.strictlyAbove = strictlyAbove
        self.seriousBelow = seriousBelow
    }

    /// Dossiers processed on time: more than 95 % (Hà Nội); below 90 % is serious.
    public static let dossiersOnTime = KPITarget(value: 95, strictlyAbove: true, seriousBelow: 90)

    public func verdict(_ measured: Double) -> KPIVerdict {
        if strictlyAbove ? measured > value : measured >= value { return .met }
        return measured < seriousBelow ? .seriouslyMissed : .missed
    }

    /// "> 95%" / ">95%" (compact) or "≥ 100%", as the target is written beside a figure.
    public func text(compact: Bool = false) -> String {
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return (strictlyAbove ? ">" : "≥") + (compact ? "" : " ") + number + "%"
    }
}
