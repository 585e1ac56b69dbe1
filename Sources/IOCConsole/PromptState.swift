/// A one-line question on the bottom row, with what it is for.
public struct PromptState: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        case shelveMinutes(alarmIDs: [String])
        case shelveReason(alarmIDs: [String], minutes: Int)
        case note(alarmIDs: [String])
        case assign(alarmIDs: [String])
        case outOfServiceReason(alarmIDs: [String])
        case filter
        case confirmAcknowledgeAll(alarmIDs: [String])
    }

    public var purpose: Purpose
    public var text: String

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose; self.text = text
    }

    /// The question, in the operator's language.
    func label(_ lang: Language) -> String {
        switch purpose {
        case .shelveMinutes:
            return lang.pick("Tạm gác bao lâu? Số phút 1–480 (0 = đến khi hết cảnh báo), Enter = 60: ",
                             "Shelve for how long? Minutes 1–480 (0 = until it clears), Enter = 60: ")
        case .shelveReason: return lang.pick("Lý do tạm gác (bắt buộc): ", "Reason for shelving (required): ")
        case .note: return lang.pick("Ghi chú: ", "Note: ")
        case .assign: return lang.pick("Giao cho cơ quan (mã, ví dụ SXD): ", "Assign to agency (code, e.g. SXD): ")
        case .outOfServiceReason: return lang.pick("Lý do ngừng phục vụ (bắt buộc): ", "Reason for out of service (required): ")
        case .filter: return lang.pick("Lọc cảnh báo: ", "Filter alarms: ")
        case .confirmAcknowledgeAll(let ids):
            return lang.pick("Xác nhận tất cả \(ids.count) cảnh báo đang hiển thị? (c/k) ", "Acknowledge all \(ids.count) visible alarms? (y/n) ")
        }
    }
}
