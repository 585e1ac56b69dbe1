import Foundation
import TextFold

/// A cell prepared for comparison: its number, if any, and its folded text.
struct TableSortKey: Sendable {
    var number: Double?
    var folded: String
    var raw: String

    init(_ text: String) {
        raw = text
        number = TableSortKey.parseNumber(text)
        folded = TextFolding.fold(text)
    }

    static func compare(_ a: TableSortKey, _ b: TableSortKey) -> Int {
        switch (a.number, b.number) {
        case let (x?, y?):
            return x < y ? -1 : (x > y ? 1 : 0)
        case (_?, nil):
            return -1
        case (nil, _?):
            return 1
        case (nil, nil):
            if a.folded != b.folded { return a.folded < b.folded ? -1 : 1 }
            return a.raw < b.raw ? -1 : (a.raw > b.raw ? 1 : 0)
        }
    }

    /// Parses "1.234,5", "1,234.5", "95,2%", "-3", "12 345"; a lone separator followed by exactly three
    /// digits is a thousands separator, otherwise a decimal one.
    static func parseNumber(_ text: String) -> Double? {
        var s = text.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("%") { s.removeLast() }
        s = s.replacingOccurrences(of: "\u{2212}", with: "-")
        s = s.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard !s.isEmpty else { return nil }
        let dots = s.filter { $0 == "." }.count
        let commas = s.filter { $0 == "," }.count
        var normalized: String
        if dots > 0 && commas > 0 {
            let lastDot = s.lastIndex(of: ".")!
            let lastComma = s.lastIndex(of: ",")!
            normalized = lastDot > lastComma
                ? s.replacingOccurrences(of: ",", with: "")
                : s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if dots + commas == 0 {
            normalized = s
        } else {
            let separator: Character = dots > 0 ? "." : ","
            let count = max(dots, commas)
            let tail = s[s.index(after: s.lastIndex(of: separator)!)...]
            if count > 1 || (tail.count == 3 && tail.allSatisfy(\.isNumber)) {
                normalized = s.filter { $0 != separator }
            } else {
                normalized = String(s.map { $0 == separator ? "." : $0 })
            }
        }
        guard normalized.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              let value = Double(normalized), value.isFinite
        else { return nil }
        return value
    }
}
