import Foundation
import IOCConfig
import TUICore

/// Parsers for the value languages of layout and theme files: sizes (constraints), colours and attributes, turned
/// into the terminal's types.
enum ScreenValueSyntax {
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
