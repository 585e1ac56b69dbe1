/// The four pillars an IOC watches, plus sectors and leaders' directives.
public enum Pillar: String, Sendable, Codable, CaseIterable, Hashable {
    case socioEconomic = "socio_economic"
    case publicOrder = "public_order"
    case government = "government"
    case feedback = "feedback"
    case sectors = "sectors"
    case directives = "directives"
}

extension Pillar {
    /// The pillar's name for an operator ("Phản ánh kiến nghị", "Citizen feedback").
    public func label(_ language: Language) -> String {
        switch self {
        case .socioEconomic: return language.pick("Kinh tế – xã hội", "Socio-economic")
        case .publicOrder: return language.pick("An ninh trật tự, giao thông & môi trường", "Public order, traffic & environment")
        case .government: return language.pick("Chính quyền số (hồ sơ TTHC)", "Government services (dossiers)")
        case .feedback: return language.pick("Phản ánh kiến nghị", "Citizen feedback")
        case .sectors: return language.pick("Ngành, lĩnh vực", "Sectors")
        case .directives: return language.pick("Chỉ đạo điều hành", "Leaders' directives")
        }
    }
}
