import Foundation

/// Folds text for accent-insensitive search: lower-case, combining marks stripped, đ → d.
/// SQLite's `LIKE` folds ASCII only, so the store keeps a folded copy of each event's text and folds queries alike.
public enum SearchFolding {
    /// "Phường Hoàn Kiếm – Đường Láng" → "phuong hoan kiem – duong lang".
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
}
