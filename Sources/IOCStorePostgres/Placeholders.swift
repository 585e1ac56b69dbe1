import Foundation

/// The store's placeholders (`?` for the next argument, `?N` for the N-th) as PostgreSQL's (`$N`), outside quoted
/// text and identifiers; each statement's text is rewritten once and kept.
enum Placeholders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: String] = [:]

    static func postgres(_ sql: String) -> String {
        if let done = lock.withLock({ cache[sql] }) { return done }
        let rewritten = rewrite(sql)
        // The store's statements are kept; the long multi-row INSERTs `StoreCopy` builds per batch are not.
        if sql.utf8.count <= 4_096 { lock.withLock { cache[sql] = rewritten } }
        return rewritten
    }

    static func rewrite(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var next = 1
        var quote: Character?
        var chars = Array(sql)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
                i += 1
                continue
            }
            if c == "'" || c == "\"" {
                quote = c
                out.append(c)
                i += 1
                continue
            }
            if c == "?" {
                var j = i + 1
                var digits = ""
                while j < chars.count, let d = chars[j].wholeNumberValue, chars[j].isASCII {
                    digits.append(Character(String(d)))
                    j += 1
                }
                if let n = Int(digits) {
                    out += "$\(n)"
                    next = max(next, n + 1)
                } else {
                    out += "$\(next)"
                    next += 1
                }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        chars.removeAll()
        return out
    }
}
