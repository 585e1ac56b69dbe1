import Foundation

/// Whether a body from outside is UTF-8, which every text format the connectors read is (JSON by RFC 8259, CAP 1.2,
/// GeoReport v2, Atom and RSS as served): the first byte that is not, for a message that names it.
enum UTF8Body {
    /// The offset of the first byte that is not part of valid UTF-8, or nil when the whole body is UTF-8.
    static func invalidOffset(_ data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// "body is not UTF-8 (byte 0xFF at offset 53)", or nil when it is.
    static func problem(_ data: Data) -> String? {
        guard let offset = invalidOffset(data) else { return nil }
        let byte = String(format: "0x%02X", data[data.startIndex + offset])
        return "body is not UTF-8 (byte \(byte) at offset \(offset))"
    }
}
