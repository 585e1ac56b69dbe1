import Foundation

/// A series' unit on the wall: sources give Vietnamese units ("tỷ đồng"), which the English briefing says in English;
/// symbols ("%", "cm", "VN_AQI") read the same in both. (The console has the same table; the briefing does not import it.)
enum BriefingUnitText {
    static let english: [String: String] = [
        "tỷ đồng": "bn VND", "triệu đồng": "m VND", "tỷ USD": "bn USD", "triệu USD": "m USD",
        "triệu lượt": "m visits", "lượt": "visits", "điểm": "points", "hồ sơ": "dossiers", "phản ánh": "reports",
    ]

    static func of(_ unit: String, _ lang: BriefingLanguage) -> String {
        lang == .en ? english[unit.precomposedStringWithCanonicalMapping] ?? unit : unit
    }
}
