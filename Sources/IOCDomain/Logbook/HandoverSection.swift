/// The parts of a handover record, in the order the incoming operator reviews them, screen by screen.
public enum HandoverSection: Int, Sendable, CaseIterable, Hashable {
    case summary, openAlarms, runs, shelved, stale, sources, kpiBreaches, overdue, directives, logEntries

    public var titleVI: String {
        switch self {
        case .summary: return "Tổng quan"
        case .openAlarms: return "Cảnh báo đang mở"
        case .runs: return "Kịch bản điều hành đang chạy"
        case .shelved: return "Tạm gác / ngừng phục vụ"
        case .stale: return "Cảnh báo tồn đọng (>24 giờ)"
        case .sources: return "Nguồn dữ liệu lỗi"
        case .kpiBreaches: return "Chỉ số vượt ngưỡng"
        case .overdue: return "Hồ sơ, phản ánh quá hạn theo cơ quan"
        case .directives: return "Chỉ đạo đang mở"
        case .logEntries: return "Nhật ký ca"
        }
    }

    public var titleEN: String {
        switch self {
        case .summary: return "Summary"
        case .openAlarms: return "Open alarms"
        case .runs: return "Open scenario runs"
        case .shelved: return "Shelved / out of service"
        case .stale: return "Stale alarms (>24 h)"
        case .sources: return "Sources down or degraded"
        case .kpiBreaches: return "KPI breaches"
        case .overdue: return "Overdue dossiers and feedback by agency"
        case .directives: return "Open directives"
        case .logEntries: return "Shift log"
        }
    }
}
