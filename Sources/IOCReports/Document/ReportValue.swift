/// A figure as programs read it: a whole number, a decimal, text, or none (no figure: "–" to people, empty in CSV,
/// null in JSON).
public enum ReportValue: Sendable, Hashable {
    case integer(Int)
    case decimal(Double)
    case text(String)
    case none

    /// A decimal, or none.
    public static func decimal(_ value: Double?) -> ReportValue { value.map { .decimal($0) } ?? .none }
}
