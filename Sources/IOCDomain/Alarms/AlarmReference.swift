import Foundation

/// What an operator types to name an alarm: its public number (`A17`, also `a17` or `17`), which is safe to type in
/// a shell and to read out on the phone, or the stable key `rule|subject` (the form before public numbers, still
/// accepted). Every command and screen that takes an alarm resolves it through the store with this value.
public enum AlarmReference: Sendable, Hashable {
    case number(Int64)
    case key(String)

    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = Substring(trimmed)
        if let first = digits.first, first == "A" || first == "a" { digits = digits.dropFirst() }
        if !digits.isEmpty, digits.count <= 15, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int64(digits), n > 0 {
            self = .number(n)
        } else {
            self = .key(trimmed)
        }
    }

    /// `A17` for number 17.
    public static func display(_ number: Int64) -> String { "A\(number)" }
}
