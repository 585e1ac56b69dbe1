import Foundation

/// Text rules of the logbook: entries are NFC without control characters.
public enum LogText {
    /// The longest entry, in characters (grapheme clusters). A longer text is refused before it is written, naming
    /// this limit and its length: an entry sealed into the hash chain is never cut.
    public static let maxCharacters = 2000

    /// An entry's text as stored: NFC, no control characters or bidi overrides, trimmed; whole (see `maxCharacters`).
    public static func clean(_ text: String) -> String {
        TextSanitizer.clean(text, maxCharacters: Int.max).trimmingCharacters(in: .whitespaces)
    }

    /// The longest handover narrative; reservations are held to `maxCharacters`. Refused beyond, never cut.
    public static let maxNarrativeCharacters = 4000

    /// How long `text` is when it is longer than `limit` (nil when it fits): the refusal names both numbers.
    public static func excess(_ text: String, limit: Int = maxCharacters) -> Int? {
        let length = clean(text).count
        return length > limit ? length : nil
    }
}
