import Foundation

/// Cleans text from outside at the boundary: NFC, no C0/C1 control characters (so no terminal escape sequences),
/// bounded length. Every string a connector produces passes through here before it is stored.
public enum TextSanitizer {
    /// Returns `text` in NFC with control characters (C0, DEL, C1) removed, tabs and newlines turned into spaces,
    /// and cut to at most `maxCharacters` grapheme clusters.
    public static func clean(_ text: String, maxCharacters: Int = 500) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue // bidi overrides
            default: scalars.append(scalar)
            }
        }
        let nfc = String(scalars).precomposedStringWithCanonicalMapping
        if nfc.count <= maxCharacters { return nfc }
        return String(nfc.prefix(maxCharacters))
    }
}
