import TextFold
/// The outgoing operator's overall status of the floor at handover (Yên tĩnh / Bình thường / Bận / Khẩn cấp).
public enum HandoverStatus: String, Sendable, CaseIterable, Codable, Hashable {
    case quiet, normal, busy, emergency

    public var labelVI: String {
        switch self {
        case .quiet: return "Yên tĩnh"
        case .normal: return "Bình thường"
        case .busy: return "Bận"
        case .emergency: return "Khẩn cấp"
        }
    }

    public var labelEN: String {
        switch self {
        case .quiet: return "Quiet"
        case .normal: return "Normal"
        case .busy: return "Busy"
        case .emergency: return "Emergency"
        }
    }

    /// The status named by its number (1 = Yên tĩnh … 4 = Khẩn cấp), raw value, or Vietnamese/English label.
    public static func named(_ text: String) -> HandoverStatus? {
        let key = TextFolding.compactKey(text)
        if let n = Int(key), (1...allCases.count).contains(n) { return allCases[n - 1] }
        return allCases.first { s in [s.rawValue, s.labelVI, s.labelEN].contains { TextFolding.compactKey($0) == key } }
    }
}
