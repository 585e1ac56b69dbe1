/// Turns the terminal's input into key events, with bracketed paste: what arrives between `ESC[200~` and `ESC[201~`
/// is one `.paste` event, so pasted text that holds ESC, Enter or letters never acts as keys. Pure: the backend feeds
/// it what it reads, one scalar or decoded key at a time, and `flush()` when nothing more came in time.
public struct BracketedPasteDecoder: Sendable {
    static let start: [UInt32] = [27, 91, 50, 48, 48, 126]   // ESC [ 2 0 0 ~
    static let end: [UInt32] = [27, 91, 50, 48, 49, 126]     // ESC [ 2 0 1 ~

    /// Scalars read since an ESC that may start a paste.
    private var prefix: [UInt32] = []
    /// The paste so far (with what may be the start of its end marker), while inside one.
    private var pasted: [UInt32]?
    /// Turns one scalar outside a paste into a key (the backend's table: Tab, Enter, control letters, …).
    private let keyOf: @Sendable (UInt32) -> KeyEvent?

    public init(keyOf: @escaping @Sendable (UInt32) -> KeyEvent?) { self.keyOf = keyOf }

    /// True while a paste or its start marker is being read: the backend reads on before giving keys out.
    public var isWaiting: Bool { !prefix.isEmpty || pasted != nil }

    /// True inside a paste (after its start marker).
    public var isPasting: Bool { pasted != nil }

    /// Feeds one scalar as read (not yet decoded); returns the events it completes.
    public mutating func feed(_ scalar: UInt32) -> [KeyEvent] {
        if pasted != nil {
            pasted!.append(scalar)
            if pasted!.count >= Self.end.count, Array(pasted!.suffix(Self.end.count)) == Self.end {
                let text = Array(pasted!.dropLast(Self.end.count))
                pasted = nil
                return [.paste(Self.string(text))]
            }
            return []
        }
        if prefix.isEmpty, scalar != 27 { return keyOf(scalar).map { [$0] } ?? [] }
        prefix.append(scalar)
        if prefix == Self.start {
            prefix = []
            pasted = []
            return []
        }
        if Array(Self.start.prefix(prefix.count)) == prefix { return [] }
        // Not a paste: what was held back is ordinary keys (the last scalar may itself start a new ESC).
        let held = prefix
        prefix = []
        var out: [KeyEvent] = []
        for (i, s) in held.enumerated() {
            if i == held.count - 1, s == 27 { prefix = [27]; break }
            if let k = keyOf(s) { out.append(k) }
        }
        return out
    }

    /// Feeds a key the backend decoded itself (an arrow, a function key). Inside a paste it is dropped: a pasted
    /// escape sequence must not move or act.
    public mutating func feed(key: KeyEvent) -> [KeyEvent] {
        if pasted != nil { return [] }
        return flush() + [key]
    }

    /// Nothing more came in time: an ESC alone is Esc (and what followed it, keys); a paste that never ended is
    /// still a paste, never keys.
    public mutating func flush() -> [KeyEvent] {
        if let p = pasted {
            pasted = nil
            return [.paste(Self.string(p))]
        }
        let held = prefix
        prefix = []
        return held.compactMap(keyOf)
    }

    static func string(_ scalars: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for v in scalars { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }
}
