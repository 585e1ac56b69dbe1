import Foundation

/// A rule's operator message with `{placeholder}` words, e.g. `"{name} {value} ({aqi}) vượt ngưỡng {limit}"`.
public struct RuleMessage: Sendable, Hashable, CustomStringConvertible {
    /// A literal run or a placeholder.
    public enum Part: Sendable, Hashable {
        case literal(String)
        case placeholder(RulePlaceholder)
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// Why a message's text could not be read.
    public enum ParseError: Error, Sendable, Hashable {
        /// A `{` without its `}`, or a `}` without its `{`.
        case unbalancedBraces
        /// A `{word}` that is not a placeholder.
        case unknownPlaceholder(String)
    }

    /// Parses `{word}` placeholders; the text is normalised to NFC.
    public static func parse(_ text: String) -> Result<RuleMessage, ParseError> {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text.precomposedStringWithCanonicalMapping)
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[brace] == "{" else { return .failure(.unbalancedBraces) }
            literal += rest[..<brace]
            let afterOpen = rest.index(after: brace)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}"
            else { return .failure(.unbalancedBraces) }
            let word = String(rest[afterOpen..<close])
            guard let placeholder = RulePlaceholder(rawValue: word) else { return .failure(.unknownPlaceholder(word)) }
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            parts.append(.placeholder(placeholder))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return .success(RuleMessage(parts: parts))
    }

    /// The placeholders the message uses, in order.
    public var placeholders: [RulePlaceholder] {
        parts.compactMap { if case .placeholder(let p) = $0 { return p } else { return nil } }
    }

    /// The message with each placeholder replaced by `value(placeholder)`, in NFC with control characters removed.
    public func render(_ value: (RulePlaceholder) -> String) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .placeholder(let placeholder): result += value(placeholder)
            }
        }
        return result.precomposedStringWithCanonicalMapping
    }

    public var description: String {
        parts.map { part in
            switch part {
            case .literal(let text): return text
            case .placeholder(let placeholder): return "{\(placeholder.rawValue)}"
            }
        }.joined()
    }
}
