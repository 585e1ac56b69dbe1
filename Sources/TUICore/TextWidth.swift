import Foundation

/// Display width of text in terminal columns, computed by our own tables (never the locale-dependent `wcwidth`).
///
/// Rules: combining marks and format characters take 0 columns; East Asian Wide/Fullwidth characters and emoji with
/// emoji presentation take 2; everything else takes 1 — what `wcwidth` says of a grapheme's first character, which
/// is what ncurses counts. Text is sanitised first, so NFC and NFD spellings measure the same, and so that every
/// grapheme is one spacing character and its combining marks, the most a curses cell holds and a width every
/// terminal agrees on: an emoji ZWJ sequence keeps its first emoji ("👨‍👩‍👧" → "👨"), skin-tone modifiers and
/// variation selectors are dropped ("❤️" is drawn as "❤", one column, as ncurses counts it), a flag is written
/// as its two letters ("🇻🇳" → "VN"), and a prepended mark that would join the next character (U+06DD) is dropped.
public enum TextWidth {
    /// Returns `s` in NFC with C0/C1 controls and DEL removed, tabs and newlines turned into spaces, bidi
    /// override/isolate characters removed, so nothing in it can steer the terminal, and every grapheme made one that
    /// a curses cell can hold and a terminal draws at the width measured here (see the type's rules).
    public static func sanitize(_ s: String) -> String {
        sanitizeClassified(s).text
    }

    /// `sanitize(s)` and whether the result `isSimple`, classifying the text once.
    static func sanitizeClassified(_ s: String) -> (text: String, simple: Bool) {
        if isSimple(s) { return (s, true) }
        let text = sanitizeSlowly(s)
        return (text, isSimple(text))
    }

    /// The general case of `sanitize`: strips controls and normalises to NFC.
    static func sanitizeSlowly(_ s: String) -> String {
        var clean = true
        var belowCombining = true
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) || isBidiControl(v) || joinsSpacingCharacters(v) {
                clean = false
                break
            }
            if v >= 0x300 { belowCombining = false }
        }
        if clean && belowCombining { return s }
        var scalars = String.UnicodeScalarView()
        if !clean {
            // After a ZWJ that follows an emoji, the joined emoji and its own selectors and modifiers are dropped.
            var afterEmojiJoiner = false
            var inDroppedEmoji = false
            var pendingIndicator: Unicode.Scalar?
            for scalar in s.unicodeScalars {
                let v = scalar.value
                if inDroppedEmoji, isEmojiModifier(v) || (v >= 0xE0020 && v <= 0xE007F) || v == 0xFE0F || v == 0xFE0E { continue }
                inDroppedEmoji = false
                if afterEmojiJoiner {
                    afterEmojiJoiner = false
                    if scalar.properties.isEmoji { inDroppedEmoji = true; continue }
                }
                if let first = pendingIndicator {
                    pendingIndicator = nil
                    scalars.append(indicatorLetter(first))
                    if isRegionalIndicator(v) { scalars.append(indicatorLetter(scalar)); continue }
                }
                switch v {
                case 0x09, 0x0A, 0x0D: scalars.append(" ")
                case 0x00...0x1F, 0x7F...0x9F: continue
                case 0x200D:
                    afterEmojiJoiner = scalars.last?.properties.isEmoji == true
                case 0xE0020...0xE007F, 0xFE0E, 0xFE0F: continue
                default:
                    if isBidiControl(v) || isEmojiModifier(v) || isPrepend(v) { continue }
                    if isRegionalIndicator(v) { pendingIndicator = scalar; continue }
                    scalars.append(scalar)
                }
            }
            if let first = pendingIndicator { scalars.append(indicatorLetter(first)) }
        } else {
            scalars = s.unicodeScalars
        }
        let stripped = String(scalars)
        return stripped.unicodeScalars.allSatisfy({ $0.value < 0x300 })
            ? stripped : stripped.precomposedStringWithCanonicalMapping
    }

    /// True when `sanitize` would return `s` unchanged and every scalar of `s` is a grapheme on its own: no controls,
    /// no bidi controls, and only scalars that NFC leaves alone and that never join a neighbour (Latin up to
    /// U+02FF, Vietnamese precomposed letters U+1E00–U+1EFF, punctuation, currency, arrows, box drawing, blocks,
    /// geometric shapes, symbols, dingbats, braille). The renderer's fast path: such text is measured and drawn
    /// scalar by scalar, with no normalisation and no grapheme breaking.
    static func isSimple(_ s: String) -> Bool {
        var ascii = true
        for byte in s.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte < 0x20 || byte == 0x7F { return false }
        }
        if ascii { return true }
        for scalar in s.unicodeScalars where !isSimpleScalar(scalar.value) { return false }
        return true
    }

    /// See `isSimple`: a printable scalar that is NFC on its own, composes with nothing and joins no grapheme.
    @inline(__always)
    static func isSimpleScalar(_ v: UInt32) -> Bool {
        if v < 0x300 { return v >= 0x20 && (v < 0x7F || v > 0x9F) }
        switch v {
        case 0x1E00...0x1EFF,   // Latin Extended Additional (Vietnamese precomposed letters)
             0x2010...0x2027,   // dashes, quotes, bullets, ellipsis
             0x2030...0x205E,   // per mille, primes, other punctuation
             0x20A0...0x20CF,   // currency signs (₫, €)
             0x2190...0x21FF,   // arrows
             0x2500...0x27BF,   // box drawing, blocks, geometric shapes, misc symbols, dingbats
             0x2800...0x28FF:   // braille patterns
            return true
        default:
            return false
        }
    }

    /// The display width of `s` after `sanitize`.
    public static func of(_ s: String) -> Int {
        let (text, simple) = sanitizeClassified(s)
        return width(ofSanitized: text, simple: simple)
    }

    /// The display width of text that is already sanitised; `simple` says whether it `isSimple`.
    static func width(ofSanitized text: String, simple: Bool) -> Int {
        var total = 0
        if simple {
            for scalar in text.unicodeScalars { total += scalarWidth(scalar) }
        } else {
            for g in text { total += width(of: g) }
        }
        return total
    }

    /// The display width of one grapheme cluster: 0, 1 or 2.
    public static func width(of g: Character) -> Int {
        if g.isASCII {
            // "\r\n" is one ASCII grapheme; control characters are zero-width.
            guard let v = g.unicodeScalars.first?.value, v >= 0x20, v != 0x7F else { return 0 }
            return 1
        }
        // The first character's width, as ncurses counts a cell: `sanitize` leaves nothing after it that takes
        // columns, and a terminal draws a variation selector, a modifier or a joined emoji differently from another.
        guard let first = g.unicodeScalars.first else { return 0 }
        return scalarWidth(first)
    }

    /// The width of a single scalar on its own: 0, 1 or 2.
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v <= 0x9F { return 0 }
        if v < 0x300 { return 1 }
        // Vietnamese precomposed letters and box drawing: letters and symbols of width 1, no table lookups.
        if (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2500 && v <= 0x259F) { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Cuts `s` (sanitised) to at most `width` columns at grapheme boundaries, ending with `ellipsis` when cut.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        let (text, simple) = sanitizeClassified(s)
        guard width > 0 else { return "" }
        if self.width(ofSanitized: text, simple: simple) <= width { return text }
        let mark = sanitize(ellipsis)
        let markWidth = of(mark)
        let room = markWidth <= width ? width - markWidth : width
        var out = ""
        var used = 0
        if simple {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                let w = scalarWidth(scalar)
                if used + w > room { break }
                scalars.append(scalar)
                used += w
            }
            out = String(scalars)
        } else {
            for g in text {
                let w = TextWidth.width(of: g)
                if used + w > room { break }
                out.append(g)
                used += w
            }
        }
        return markWidth <= width ? out + mark : out
    }

    /// Pads `s` (sanitised, truncated with an ellipsis if longer) with spaces to exactly `width` columns.
    public static func pad(_ s: String, to width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        // Sanitise and measure once: most cells fit, and tables pad every cell of every frame.
        let (clean, simple) = sanitizeClassified(s)
        let measured = self.width(ofSanitized: clean, simple: simple)
        let text = measured <= width ? clean : truncate(clean, to: width)
        let gap = width - (measured <= width ? measured : of(text))
        guard gap > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    // MARK: - Tables

    /// A scalar that makes a grapheme of several spacing characters, or one wider than its first character, which
    /// `sanitize` rewrites: the zero-width joiner, variation selectors, skin-tone modifiers, regional indicators
    /// (flags) and tag characters.
    @inline(__always)
    static func joinsSpacingCharacters(_ v: UInt32) -> Bool {
        v == 0x200D || v == 0xFE0F || v == 0xFE0E || isEmojiModifier(v) || isRegionalIndicator(v) || (v >= 0xE0020 && v <= 0xE007F)
            || isPrepend(v)
    }

    /// A prepended concatenation mark or other character that joins the character after it into its grapheme
    /// (Grapheme_Cluster_Break=Prepend: the Arabic number signs U+0600–0605, U+06DD END OF AYAH, …). Such a
    /// grapheme starts with a character of no width and carries a spacing one, so it would measure 0 where a
    /// terminal draws a column, and text padded with spaces would come out a column short: `sanitize` drops them.
    static func isPrepend(_ v: UInt32) -> Bool {
        switch v {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02:
            return true
        default:
            return false
        }
    }

    static func isEmojiModifier(_ v: UInt32) -> Bool { v >= 0x1F3FB && v <= 0x1F3FF }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }

    /// "🇻" → "V".
    static func indicatorLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        Unicode.Scalar(scalar.value - 0x1F1E6 + 0x41) ?? "?"
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        v == 0x200E || v == 0x200F || v == 0x061C || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF, 0xE0000...0xE0FFF:
            return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: // Hangul medial vowels and final consonants join the syllable
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, outside those emoji presentation already covers.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        switch v {
        case 0x1100...0x115F,   // Hangul Jamo initial consonants
             0x2329...0x232A,   // angle brackets
             0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols
             0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK compat
             0x3400...0x4DBF,   // CJK extension A
             0x4E00...0x9FFF,   // CJK unified ideographs
             0xA000...0xA4CF,   // Yi
             0xA960...0xA97F,   // Hangul Jamo extended A
             0xAC00...0xD7A3,   // Hangul syllables
             0xF900...0xFAFF,   // CJK compatibility ideographs
             0xFE10...0xFE19,   // vertical forms
             0xFE30...0xFE6F,   // CJK compatibility forms, small forms
             0xFF00...0xFF60,   // fullwidth forms
             0xFFE0...0xFFE6,   // fullwidth signs
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, // Tangut, Kana supplements
             0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, // enclosed ideographs
             0x20000...0x2FFFD, 0x30000...0x3FFFD: // CJK extensions B and beyond
            return true
        default:
            return false
        }
    }
}
