import Foundation

/// Formats numbers the way each language writes them: Vietnamese "162.875,5" and "95,3%", English "162,875.5".
public enum NumberStyle: Sendable, Hashable {
    case vietnamese
    case english

    /// `value` with `decimals` digits after the separator and grouped thousands.
    public func format(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        let negative = value < 0
        let scaled = (abs(value) * pow(10, Double(decimals))).rounded()
        let integerPart = Int64(scaled / pow(10, Double(decimals)))
        let fraction = Int64(scaled) - integerPart * Int64(pow(10, Double(decimals)))
        let (group, decimal) = self == .vietnamese ? (".", ",") : (",", ".")
        var digits = String(integerPart)
        var grouped = ""
        while digits.count > 3 {
            grouped = group + String(digits.suffix(3)) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        var result = (negative && scaled != 0 ? "-" : "") + grouped
        if decimals > 0 {
            let f = String(fraction)
            result += decimal + String(repeating: "0", count: max(0, decimals - f.count)) + f
        }
        return result
    }

    /// An integer count, grouped.
    public func format(_ value: Int) -> String { format(Double(value), decimals: 0) }

    /// A percentage with one decimal: "95,3%".
    public func percent(_ value: Double?) -> String {
        guard let v = value else { return "–" }
        return format(v, decimals: 1) + "%"
    }

    /// Chooses decimals by magnitude: 2 below 10, 1 below 1,000, 0 above.
    public func auto(_ value: Double) -> String {
        let a = abs(value)
        return format(value, decimals: a < 10 ? 2 : (a < 1000 ? 1 : 0))
    }
}
