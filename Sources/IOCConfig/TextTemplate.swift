/// Text with `{path}` placeholders filled from a JSON record, e.g. `aqi.station.{id}` or `VN_AQI {station.name}`.
public struct TextTemplate: Sendable, Hashable, CustomStringConvertible {
    /// A literal run or a placeholder.
    public enum Part: Sendable, Hashable {
        case literal(String)
        case field(FieldPath)
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// Parses `{…}` placeholders; nil when braces do not pair up or a placeholder is not a valid path.
    public init?(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{" else { return nil }
            literal += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { return nil }
            let inner = String(rest[afterOpen..<close])
            guard !inner.isEmpty, !inner.contains("{"), let path = FieldPath(inner) else { return nil }
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            parts.append(.field(path))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    public var description: String {
        parts.map { part in
            switch part {
            case .literal(let text): return text
            case .field(let path): return "{\(path)}"
            }
        }.joined()
    }

    /// The paths this template reads.
    public var fields: [FieldPath] {
        parts.compactMap { if case .field(let path) = $0 { return path } else { return nil } }
    }

    /// Fills the placeholders from `record`; nil when a placeholder's field is missing or not a string or number.
    public func render(_ record: Any) -> String? {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .field(let path):
                guard let value = path.lookup(in: record), let text = JSONScalarText.text(value) else { return nil }
                result += text
            }
        }
        return result
    }
}
