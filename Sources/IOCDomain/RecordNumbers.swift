import Foundation

/// How a source writes numbers in text.
package enum RecordNumbers: Sendable, Hashable {
    /// As JSON and programs do: "1234.5", "-3", "1e3".
    case json
    /// As Vietnamese offices do: "1.234,5", "12,5%", "1.204" (a thousand and two hundred and four), "12,25"; a dot
    /// before anything but groups of three digits is a decimal point ("1.5").
    case vietnamese

    /// The number in `text`, or nil.
    package func read(_ text: String) -> Double? {
        var s = text.trimmingCharacters(in: .whitespaces)
        switch self {
        case .json:
            // Decimal digits, sign, point and exponent only: Swift's Double also reads "0x1F", "nan" and "inf".
            guard s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
                  let value = Double(s), value.isFinite
            else { return nil }
            return value
        case .vietnamese:
            if s.hasSuffix("%") { s.removeLast() }
            s = s.replacingOccurrences(of: "\u{2212}", with: "-")
            s = s.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
            guard !s.isEmpty else { return nil }
            var normalized: String
            if s.contains(",") {
                // The comma is the decimal mark; dots group thousands.
                guard s.filter({ $0 == "," }).count == 1 else { return nil }
                normalized = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                let groups = s.split(separator: ".", omittingEmptySubsequences: false)
                let thousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
                normalized = thousands ? groups.joined() : s
            }
            guard normalized.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
                  let value = Double(normalized), value.isFinite
            else { return nil }
            return value
        }
    }
}
