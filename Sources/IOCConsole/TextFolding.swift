import Foundation

/// Accent- and case-insensitive matching for filters: "ha noi" finds "Hà Nội", "dong" finds "Đông".
enum TextFolding {
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    static func matches(_ text: String, filter: String) -> Bool {
        let f = fold(filter).trimmingCharacters(in: .whitespaces)
        return f.isEmpty || fold(text).contains(f)
    }
}
