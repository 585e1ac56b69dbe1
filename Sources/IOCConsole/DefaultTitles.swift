import IOCDomain
import IOCConfig
import IOCScreenConfig

/// Panel titles when a layout does not name them: the four pillars' Vietnamese names.
enum DefaultTitles {
    static func title(_ kind: PanelKind, _ lang: Language) -> String {
        switch kind {
        case .socioEconomic: return lang.pick("Kinh tế – xã hội", "Socio-economic")
        case .publicOrder: return lang.pick("An ninh trật tự, giao thông & môi trường", "Public order, traffic & environment")
        case .government: return lang.pick("Hiệu quả chính quyền (thủ tục hành chính)", "Government performance (administrative procedures)")
        case .feedback: return lang.pick("Phản ánh kiến nghị", "Citizen feedback")
        case .sources: return lang.pick("Nguồn dữ liệu", "Data sources")
        case .directives: return lang.pick("Chỉ đạo của lãnh đạo", "Leaders' directives")
        case .incidents: return lang.pick("Sự cố gần đây", "Recent incidents")
        case .alarms: return lang.pick("Cảnh báo", "Alarms")
        }
    }
}
