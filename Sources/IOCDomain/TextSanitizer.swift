import Foundation

/// Cleans text from outside at the boundary: NFC, no terminal control sequence and no control character, no bidi
/// control, bounded length. Every string a connector produces passes through here before it is stored.
///
/// Whole sequences are removed, not only their ESC byte (which would leave "]0;pwned[2J" on a panel):
/// - CSI: `ESC [` or 8-bit `0x9B`, parameter and intermediate bytes (0x20–0x3F), up to the final byte 0x40–0x7E;
///   any other character ends it early and is then read as text.
/// - Control strings: OSC (`ESC ]`, `0x9D`), DCS (`ESC P`, `0x90`), SOS (`ESC X`, `0x98`), PM (`ESC ^`, `0x9E`) and
///   APC (`ESC _`, `0x9F`), up to BEL, ST (`ESC \` or `0x9C`), CAN or SUB, or an ESC that starts the next sequence.
///   An unterminated one runs to the end of the text, as a terminal would swallow it.
/// - Any other ESC sequence: ESC, intermediates 0x20–0x2F, one final byte 0x30–0x7E (`ESC c`, `ESC ( 0`).
/// - Every other C0 and C1 control and DEL (tab, CR and LF become spaces), and the bidi controls U+061C,
///   U+200E–200F, U+202A–202E and U+2066–2069, which reorder what a terminal shows.
public enum TextSanitizer {
    /// Returns `text` in NFC with control sequences, control characters and bidi controls removed, tabs and
    /// newlines turned into spaces, and cut to at most `maxCharacters` grapheme clusters.
    public static func clean(_ text: String, maxCharacters: Int = 500) -> String {
        // Most text holds nothing to remove: it is only normalised and bounded.
        guard text.unicodeScalars.contains(where: needsWork) else { return bounded(text, maxCharacters) }
        var output = String.UnicodeScalarView()
        let input = Array(text.unicodeScalars)
        var i = 0
        while i < input.count {
            let value = input[i].value
            switch value {
            case 0x1B:
                i = afterEscape(input, i + 1)
            case 0x9B:
                i = afterCSI(input, i + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                i = afterControlString(input, i + 1)
            case 0x09, 0x0A, 0x0D:
                output.append(" "); i += 1
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                i += 1
            default:
                output.append(input[i]); i += 1
            }
        }
        return bounded(String(output), maxCharacters)
    }

    /// Whether `text` holds what `clean` removes rather than tidies: an escape or other control character (tab, CR
    /// and LF are ordinary), DEL, a C1 control or a bidi control. A source that sends one is noted.
    public static func holdsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return false
            default: return needsWork(scalar)
            }
        }
    }

    /// Whether `scalar` is removed or replaced (a control, DEL, a C1 control or a bidi control).
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` in NFC, cut to at most `maxCharacters` grapheme clusters.
    private static func bounded(_ text: String, _ maxCharacters: Int) -> String {
        let nfc = text.precomposedStringWithCanonicalMapping
        if nfc.count <= maxCharacters { return nfc }
        return String(nfc.prefix(maxCharacters))
    }

    /// The index after the sequence whose ESC ended just before `start`.
    private static func afterEscape(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        guard start < s.count else { return start }
        switch s[start] {
        case "[": return afterCSI(s, start + 1)
        case "]", "P", "X", "^", "_": return afterControlString(s, start + 1)
        default: break
        }
        var i = start
        while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
        if i < s.count, (0x30...0x7E).contains(s[i].value) { return i + 1 }
        // Not a complete sequence: only the ESC (and any intermediates) go; what follows is text again.
        return i
    }

    /// The index after a CSI's final byte, or at the first character that cannot belong to it.
    private static func afterCSI(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var i = start
        while i < s.count {
            let v = s[i].value
            if (0x20...0x3F).contains(v) { i += 1; continue }
            return (0x40...0x7E).contains(v) ? i + 1 : i
        }
        return i
    }

    /// The index after a control string's terminator (BEL, ST, CAN, SUB consumed; an ESC that starts another
    /// sequence is left to be read), or the end of the text.
    private static func afterControlString(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var i = start
        while i < s.count {
            switch s[i].value {
            case 0x07, 0x9C, 0x18, 0x1A: return i + 1
            case 0x1B:
                if i + 1 < s.count, s[i + 1] == "\\" { return i + 2 }
                return i
            default: i += 1
            }
        }
        return i
    }
}
