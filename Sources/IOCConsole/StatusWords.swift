import IOCDomain
import TUIWidgets

/// Words (with glyphs) for states, so meaning never rests on colour alone.
enum StatusWords {
    static func source(_ s: SourceStatus, _ lang: Language) -> String { s.label(lang) }

    static func severity(_ s: SourceStatus) -> Severity {
        switch s {
        case .ok: return .normal
        case .degraded: return .warning
        case .down: return .critical
        case .unknown: return .stale
        case .late: return .warning
        }
    }

    static func event(_ s: EventStatus, _ lang: Language) -> String {
        switch s {
        case .new: return lang.pick("Mới", "New")
        case .classified: return lang.pick("Đã phân loại", "Classified")
        case .routed: return lang.pick("Đã chuyển xử lý", "Routed")
        case .inProgress: return lang.pick("Đang xử lý", "In progress")
        case .resolved: return lang.pick("Đã xử lý", "Resolved")
        case .rated: return lang.pick("Đã đánh giá", "Rated")
        case .received: return lang.pick("Đã tiếp nhận", "Received")
        case .done: return lang.pick("Đã trả kết quả", "Done")
        case .open: return lang.pick("Đang mở", "Open")
        case .closed: return lang.pick("Đã đóng", "Closed")
        case .cancelled: return lang.pick("Đã hủy", "Cancelled")
        }
    }

    static func deadline(_ d: DeadlineStatus, _ lang: Language) -> String {
        switch d {
        case .noDeadline: return ""
        case .inTime: return lang.pick("Trong hạn", "In time")
        case .dueSoon: return lang.pick("! Sắp trễ hạn", "! Due in 24h")
        case .overdue: return lang.pick("‼ Quá hạn", "‼ Overdue")
        case .doneEarly: return lang.pick("Trước hạn", "Early")
        case .doneOnTime: return lang.pick("Đúng hạn", "On time")
        case .doneLate: return lang.pick("Trễ hạn", "Late")
        }
    }

    static func severity(_ d: DeadlineStatus) -> Severity {
        switch d {
        case .overdue: return .critical
        case .dueSoon: return .warning
        case .doneLate: return .warning
        default: return .normal
        }
    }
}
