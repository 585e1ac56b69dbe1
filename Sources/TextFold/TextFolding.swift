import Foundation

/// How text is compared loosely, in one place for every module: lower-case, accents and other combining marks
/// stripped, đ → d. "Phường Hoàn Kiếm – Đường Láng" → "phuong hoan kiem – duong lang"; "ha noi" finds "Hà Nội".
///
/// The store keeps a folded copy of each event's and log entry's text for search (SQLite's `LIKE` folds ASCII
/// only) and folds a query alike, so this function must not change for text already stored: it is the store's
/// original folding.
public enum TextFolding {
    /// `text` folded: lower-case, without combining marks, đ as d.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                scalars.append(scalar == "đ" ? "d" : scalar)
            }
        }
        return String(scalars)
    }

    /// `text` folded with its runs of white space made one space and none at either end: what a typed name is
    /// compared by ("  trưởng   ca " and "Trưởng ca" are the same).
    public static func key(_ text: String) -> String {
        fold(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` folded without any white space ("Liên hệ cơ quan" → "lienhecoquan").
    public static func compactKey(_ text: String) -> String {
        fold(text).filter { !$0.isWhitespace }
    }

    /// Whether `text` contains `filter`, both folded; an empty filter matches everything.
    public static func matches(_ text: String, filter: String) -> Bool {
        let wanted = fold(filter).trimmingCharacters(in: .whitespaces)
        return wanted.isEmpty || fold(text).contains(wanted)
    }
}
