import Foundation

/// One number a double cannot hold (`1e400`) makes `JSONSerialization` refuse the whole document, so one bad
/// record of a department's response would hide all the good ones. Before parsing, every such number (outside
/// strings) is replaced by a marker string carrying its text; the record mapper then rejects only the records that
/// hold a marker, naming the field.
enum HTTPJSONNumberGuard {
    /// Starts every marker string; NUL never survives `TextSanitizer`, so a marker cannot be stored as text.
    static let marker = "\u{0}ioc-number-out-of-range:"

    /// `body` with each out-of-range number replaced by a marker string, and whether any was.
    static func guarded(_ body: Data) -> (body: Data, replaced: Bool) {
        let bytes = [UInt8](body)
        var output: [UInt8] = []
        var copied = 0
        var inString = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if inString {
                if byte == UInt8(ascii: "\\") { i += 2; continue }
                if byte == UInt8(ascii: "\"") { inString = false }
                i += 1
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true; i += 1; continue }
            guard byte == UInt8(ascii: "-") || isDigit(byte) else { i += 1; continue }
            var end = i + 1
            while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
            let token = String(decoding: bytes[i..<end], as: UTF8.self)
            // A malformed token is left for the parser to refuse as not JSON.
            if !(Double(token)?.isFinite ?? false),
               token.range(of: #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#, options: .regularExpression) != nil {
                output.append(contentsOf: bytes[copied..<i])
                output.append(contentsOf: Array("\"\\u0000ioc-number-out-of-range:\(token)\"".utf8))
                copied = end
            }
            i = end
        }
        guard copied > 0 else { return (body, false) }
        output.append(contentsOf: bytes[copied...])
        return (Data(output), true)
    }

    /// The number's text when `value` is a marker string, else nil.
    static func outOfRange(_ value: Any) -> String? {
        guard let text = value as? String, text.hasPrefix(marker) else { return nil }
        return String(text.dropFirst(marker.count))
    }

    /// The first field of `record` (a dotted path, as in the sources file) holding an out-of-range number, and
    /// the number's text; nil when there is none.
    static func firstOutOfRange(in record: Any, path: [String] = []) -> (field: String, number: String)? {
        if let number = outOfRange(record) { return (path.isEmpty ? "(the record)" : path.joined(separator: "."), number) }
        if let object = record as? [String: Any] {
            for key in object.keys.sorted() {
                if let found = firstOutOfRange(in: object[key]!, path: path + [key]) { return found }
            }
        } else if let array = record as? [Any] {
            for (index, element) in array.enumerated() {
                if let found = firstOutOfRange(in: element, path: path + [String(index)]) { return found }
            }
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}
