import Foundation

/// Text rules of the logbook: entries are NFC without control characters.
public enum LogText {
    /// An entry's text as stored: NFC, no control characters or bidi overrides, at most 2,000 characters, trimmed.
    public static func clean(_ text: String) -> String {
        TextSanitizer.clean(text, maxCharacters: 2000).trimmingCharacters(in: .whitespaces)
    }

    /// A name compared loosely: lower-case, no accents (đ → d), no spaces ("Liên hệ cơ quan" → "lienhecoquan").
    static func plainKey(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .filter { !$0.isWhitespace }
    }
}
