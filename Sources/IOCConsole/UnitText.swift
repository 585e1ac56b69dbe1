import Foundation

/// A series' unit as the operator reads it: sources give Vietnamese units ("tỷ đồng", "triệu lượt"), which the English
/// console says in English; symbols ("%", "km/h", "VN_AQI") read the same in both.
enum UnitText {
    static let english: [String: String] = [
        "tỷ đồng": "bn VND", "triệu đồng": "m VND", "tỷ USD": "bn USD", "triệu USD": "m USD",
        "triệu lượt": "m visits", "lượt": "visits", "điểm": "points", "hồ sơ": "dossiers", "phản ánh": "reports",
    ]

    static func of(_ unit: String, _ lang: Language) -> String {
        lang == .en ? english[unit.precomposedStringWithCanonicalMapping] ?? unit : unit
    }
}
