/// The categories of incidents, one table for the simulator, the console and the wall: code as stored, and names full
/// and short in Vietnamese and English. The console's narrow type column uses the short name; everywhere else says
/// the full one. A stored event's category is text (a connector may bring one this table does not know): the
/// static functions take the text and show an unknown code as it is.
public enum IncidentCategory: String, Sendable, CaseIterable {
    case trafficAccident = "traffic_accident"
    case congestion
    case flooding
    case fire
    case publicOrder = "public_order"
    case powerOutage = "power_outage"

    /// The categories the briefing counts as serious (they can cost lives within the hour).
    public static let serious: [IncidentCategory] = [.fire, .flooding]

    /// Full name.
    public func name(_ language: Language) -> String {
        switch self {
        case .trafficAccident: return language.pick("Tai nạn giao thông", "Traffic accidents")
        case .congestion: return language.pick("Ùn tắc", "Congestion")
        case .flooding: return language.pick("Ngập úng", "Flooding")
        case .fire: return language.pick("Cháy nổ", "Fires")
        case .publicOrder: return language.pick("An ninh trật tự", "Public order")
        case .powerOutage: return language.pick("Mất điện", "Power cuts")
        }
    }

    /// Name for a narrow column.
    public func shortName(_ language: Language) -> String {
        switch self {
        case .trafficAccident: return language.pick("Tai nạn GT", "Accidents")
        case .publicOrder: return language.pick("ANTT", "Order")
        default: return name(language)
        }
    }

    /// A category's name from its stored code; an unknown code is shown as it is.
    public static func name(_ code: String, _ language: Language, short: Bool = false) -> String {
        guard let c = IncidentCategory(rawValue: code) else { return code }
        return short ? c.shortName(language) : c.name(language)
    }

    /// `codes` in the table's order, unknown codes after them by name.
    public static func ordered<S: Sequence>(_ codes: S) -> [String] where S.Element == String {
        let given = Set(codes)
        let known = allCases.map(\.rawValue)
        return known.filter(given.contains) + given.subtracting(known).sorted()
    }
}
