import TextFold
/// What a logbook entry is about. Raw values are what the store writes.
public enum LogCategory: String, Sendable, CaseIterable, Codable, Hashable {
    /// Sự kiện: something happened in the city or on the floor.
    case event
    /// Chỉ đạo: an instruction from a leader.
    case directive
    /// Liên hệ cơ quan: a call or message to or from an agency.
    case agencyContact = "agency"
    /// Kỹ thuật: systems, sources, consoles.
    case technical
    /// Khác: anything else.
    case other

    /// The Vietnamese name: sự kiện, chỉ đạo, liên hệ cơ quan, kỹ thuật, khác.
    public var labelVI: String {
        switch self {
        case .event: return "sự kiện"
        case .directive: return "chỉ đạo"
        case .agencyContact: return "liên hệ cơ quan"
        case .technical: return "kỹ thuật"
        case .other: return "khác"
        }
    }

    /// The English name.
    public var labelEN: String {
        switch self {
        case .event: return "event"
        case .directive: return "directive"
        case .agencyContact: return "agency contact"
        case .technical: return "technical"
        case .other: return "other"
        }
    }

    /// The category named by `text`: its raw value, Vietnamese or English name (accents and case ignored), or its
    /// number counted from 1 ("1" = sự kiện … "5" = khác); nil when nothing matches.
    public static func named(_ text: String) -> LogCategory? {
        let key = TextFolding.compactKey(text)
        if let n = Int(key), (1...allCases.count).contains(n) { return allCases[n - 1] }
        return allCases.first { c in [c.rawValue, c.labelVI, c.labelEN].contains { TextFolding.compactKey($0) == key } }
    }
}
