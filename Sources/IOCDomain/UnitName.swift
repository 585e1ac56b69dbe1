import Foundation

/// A series' unit as a reader sees it: sources give Vietnamese units ("tỷ đồng", "triệu lượt"), which English screens
/// say in English; symbols ("%", "km/h", "VN_AQI") read the same in both. Shared by the console and the wall.
public enum UnitName {
    static let english: [String: String] = [
        "tỷ đồng": "bn VND", "triệu đồng": "m VND", "tỷ USD": "bn USD", "triệu USD": "m USD",
        "triệu lượt": "m visits", "lượt": "visits", "điểm": "points", "hồ sơ": "dossiers", "phản ánh": "reports",
    ]

    /// `unit` in English when `english`, else as given.
    public static func text(_ unit: String, _ language: Language) -> String {
        return language == .en ? Self.english[unit.precomposedStringWithCanonicalMapping] ?? unit : unit
    }
}
