/// Key patterns of rule selectors: `*` matches any run of characters (dots included), `?` one character, and `|`
/// separates alternatives (`aqi.*|water.*`).
public enum RuleGlob {
    /// True when `text` matches `pattern`, or one of its `|` alternatives, as a whole.
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        pattern.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).contains {
            matches(alternative: Array($0), Array(text.utf8))
        }
    }

    private static func matches(alternative p: [UInt8], _ t: [UInt8]) -> Bool {
        var pi = 0, ti = 0
        var star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi; mark = ti; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }

    /// Nil when `pattern` is a valid selector (ASCII letters, digits, `.`, `_`, `-`, `*`, `?`, `|`), else why not.
    public static func problem(_ pattern: String) -> String? {
        let valid = !pattern.isEmpty && pattern.count <= 200 && pattern.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || [".", "_", "-", "*", "?", "|"].contains($0)
        } && !pattern.split(separator: "|", omittingEmptySubsequences: false).contains { $0.isEmpty }
        return valid ? nil : "'\(pattern)' is not a key pattern; use letters, digits, '.', '_', '-', the "
            + "wildcards * and ? and | between alternatives, like aqi.station.* or aqi.*|water.*"
    }
}
