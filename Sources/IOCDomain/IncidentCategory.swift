/// The names of incident categories, one table for the console and the wall: full and short, Vietnamese and
/// English. The console's narrow type column uses the short name; everywhere else says the full one.
public struct IncidentCategory: Sendable, Equatable {
    public let code: String
    public let nameVI: String
    public let shortVI: String
    public let nameEN: String
    public let shortEN: String

    /// In the order both screens list them.
    public static let all: [IncidentCategory] = [
        IncidentCategory(code: "traffic_accident", nameVI: "Tai nạn giao thông", shortVI: "Tai nạn GT",
                         nameEN: "Traffic accidents", shortEN: "Accidents"),
        IncidentCategory(code: "congestion", nameVI: "Ùn tắc", shortVI: "Ùn tắc", nameEN: "Congestion", shortEN: "Congestion"),
        IncidentCategory(code: "flooding", nameVI: "Ngập úng", shortVI: "Ngập úng", nameEN: "Flooding", shortEN: "Flooding"),
        IncidentCategory(code: "fire", nameVI: "Cháy nổ", shortVI: "Cháy nổ", nameEN: "Fires", shortEN: "Fires"),
        IncidentCategory(code: "public_order", nameVI: "An ninh trật tự", shortVI: "ANTT", nameEN: "Public order", shortEN: "Order"),
        IncidentCategory(code: "power_outage", nameVI: "Mất điện", shortVI: "Mất điện", nameEN: "Power cuts", shortEN: "Power cuts"),
    ]

    /// A category's name; an unknown code is shown as it is.
    public static func name(_ code: String, _ language: Language, short: Bool = false) -> String {
        let english = language == .en
        guard let c = all.first(where: { $0.code == code }) else { return code }
        switch (english, short) {
        case (false, false): return c.nameVI
        case (false, true): return c.shortVI
        case (true, false): return c.nameEN
        case (true, true): return c.shortEN
        }
    }

    /// `codes` in the table's order, unknown codes after them by name.
    public static func ordered<S: Sequence>(_ codes: S) -> [String] where S.Element == String {
        let given = Set(codes)
        return all.map(\.code).filter(given.contains) + given.subtracting(all.map(\.code)).sorted()
    }
}
