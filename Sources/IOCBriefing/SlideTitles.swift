import IOCDomain
import IOCConfig
import IOCScreenConfig

/// Default headings of slide kinds, used when the layout gives no title.
enum SlideTitles {
    static func title(_ spec: SlideSpec, _ lang: Language) -> String {
        if lang == .vi, let t = spec.title { return t }
        if lang == .en, let t = spec.titleEN { return t }
        switch spec.kind {
        case .overview: return lang.pick("Toàn cảnh thành phố", "City overview")
        case .socioEconomic: return lang.pick("Kinh tế – xã hội", "Socio-economy")
        case .government: return lang.pick("Chính quyền số", "Government performance")
        case .feedback: return lang.pick("Phản ánh kiến nghị", "Citizen feedback")
        case .publicOrder: return lang.pick("Trật tự và giao thông", "Public order and traffic")
        case .environment: return lang.pick("Môi trường", "Environment")
        case .alarms: return lang.pick("Cảnh báo", "Alarms")
        case .directives: return lang.pick("Chỉ đạo", "Directives")
        case .runs: return lang.pick("Kịch bản điều hành đang chạy", "Scenario runs under way")
        }
    }
}
