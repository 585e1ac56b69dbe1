import Foundation
import TUICore

/// Parsers for the small value languages of config files: sizes, durations, byte counts, colours and attributes.
enum ValueSyntax {
    /// `"45%"` → percent, `"34"` → fixed cells, `"fill"` / `"fill:2"` → weighted fill, `"min:20"` → at least.
    static func constraint(_ text: String) -> Result<Constraint, ValueSyntaxError> {
        let expected = "expected a size like 45%, 34, fill, fill:2 or min:20, found '\(text)'"
        if text == "fill" { return .success(.fill(1)) }
        if text.hasSuffix("%") {
            guard let n = Int(text.dropLast()) else { return .failure(ValueSyntaxError(expected)) }
            guard (1...100).contains(n) else {
                return .failure(ValueSyntaxError("a percentage must be 1%…100%, found '\(text)'"))
            }
            return .success(.percent(n))
        }
        if text.hasPrefix("fill:") {
            guard let n = Int(text.dropFirst(5)) else { return .failure(ValueSyntaxError(expected)) }
            guard n >= 1 else { return .failure(ValueSyntaxError("a fill weight must be at least 1, found '\(text)'")) }
            return .success(.fill(n))
        }
        if text.hasPrefix("min:") {
            guard let n = Int(text.dropFirst(4)) else { return .failure(ValueSyntaxError(expected)) }
            guard n >= 1 else { return .failure(ValueSyntaxError("a minimum must be at least 1, found '\(text)'")) }
            return .success(.min(n))
        }
        guard let n = Int(text) else { return .failure(ValueSyntaxError(expected)) }
        guard n >= 1 else { return .failure(ValueSyntaxError("a fixed size must be at least 1, found '\(text)'")) }
        return .success(.fixed(n))
    }

    /// `"500ms"`, `"5s"`, `"2m"`, `"1h"`, `"1.5s"` → seconds (greater than zero).
    static func duration(_ text: String) -> Result<Double, ValueSyntaxError> { duration(text, allowZero: false) }

    /// Like `duration(_:)`, accepting zero (`"0s"`) when `allowZero`.
    static func duration(_ text: String, allowZero: Bool) -> Result<Double, ValueSyntaxError> {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for unit in units where text.hasSuffix(unit.suffix) {
            let number = text.dropLast(unit.suffix.count)
            guard let value = Double(number), value.isFinite, number.first?.isNumber == true else { break }
            guard value > 0 || (allowZero && value == 0) else {
                return .failure(ValueSyntaxError("a duration must be greater than zero, found '\(text)'"))
            }
            return .success(value * unit.seconds)
        }
        return .failure(ValueSyntaxError("expected a duration like 500ms, 5s, 2m or 1h, found '\(text)'"))
    }

    /// `"512KB"`, `"2MB"`, `"1GB"` (powers of 1024, `KiB` spellings too) or a plain number of bytes.
    static func byteSize(_ text: String) -> Result<Int, ValueSyntaxError> {
        let units: [(suffix: String, bytes: Int)] = [
            ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30),
            ("B", 1),
        ]
        var number = Substring(text)
        var multiplier = 1
        for unit in units where text.hasSuffix(unit.suffix) {
            number = text.dropLast(unit.suffix.count)
            multiplier = unit.bytes
            break
        }
        guard let value = Int(number), number.first?.isNumber == true else {
            return .failure(ValueSyntaxError("expected a size like 512KB, 2MB or 1048576, found '\(text)'"))
        }
        guard value > 0 else { return .failure(ValueSyntaxError("a size must be greater than zero, found '\(text)'")) }
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        guard !overflow, product <= 1 << 40 else {
            return .failure(ValueSyntaxError("size '\(text)' is too large"))
        }
        return .success(product)
    }

    /// The eight ANSI colour names; `bright-<name>` adds 8.
    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `"#rrggbb"`, `"default"`, `0`…`255` (palette index), a colour name, `bright-<name>`, or a `palette` entry.
    static func color(_ text: String, palette: [String: Color] = [:]) -> Result<Color, ValueSyntaxError> {
        let lower = text.lowercased()
        if lower == "default" { return .success(.default) }
        if let index = colorNames.firstIndex(of: lower) { return .success(.ansi(UInt8(index))) }
        if lower.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(lower.dropFirst(7))) {
            return .success(.ansi(UInt8(index + 8)))
        }
        if lower.hasPrefix("#") {
            let hex = lower.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else {
                return .failure(ValueSyntaxError("expected #rrggbb with six hex digits, found '\(text)'"))
            }
            return .success(.rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)))
        }
        if let index = Int(text) {
            guard (0...255).contains(index) else {
                return .failure(ValueSyntaxError("a colour index must be 0…255, found '\(text)'"))
            }
            return .success(.indexed(UInt8(index)))
        }
        if let named = palette[text] { return .success(named) }
        let known = ["default"] + colorNames + colorNames.map { "bright-\($0)" } + palette.keys.sorted()
        return .failure(ValueSyntaxError("unknown colour '\(text)'\(ConfigReader.suggestion(for: text, among: known)); "
                                         + "expected #rrggbb, default, 0…255, a colour name or a palette entry"))
    }

    static let attributeNames: [(name: String, value: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
        ("blink", .blink),
    ]

    /// One attribute word: `bold dim italic underline reverse blink`.
    static func attribute(_ text: String) -> Result<TextAttributes, ValueSyntaxError> {
        if let match = attributeNames.first(where: { $0.name == text.lowercased() }) { return .success(match.value) }
        let names = attributeNames.map(\.name)
        return .failure(ValueSyntaxError("unknown attribute '\(text)'\(ConfigReader.suggestion(for: text, among: names)); "
                                         + "expected one of: \(names.joined(separator: ", "))"))
    }
}
