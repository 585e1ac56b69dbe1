import IOCDomain

/// The words for an alarm timeline's actions: the store keeps stable English codes ("raised", "shelve-expired"),
/// the operator reads them in the console's language.
enum TimelineActionText {
    /// The action in `lang`; a code this table does not know is shown as stored.
    static func label(_ action: String, _ lang: Language) -> String {
        guard let (vi, en) = words[action] else { return action }
        return lang.pick(vi, en)
    }

    private static let words: [String: (String, String)] = [
        "raised": ("phát sinh", "raised"),
        "updated": ("cập nhật", "updated"),
        "re-alarmed": ("báo lại", "re-alarmed"),
        "cleared": ("hết điều kiện", "cleared"),
        "acknowledged": ("xác nhận", "acknowledged"),
        "shelved": ("tạm gác", "shelved"),
        "unshelved": ("bỏ tạm gác", "unshelved"),
        "shelve-expired": ("hết tạm gác", "shelving expired"),
        "suppressed": ("triệt", "suppressed"),
        "unsuppressed": ("bỏ triệt", "unsuppressed"),
        "removed-from-service": ("ngừng phục vụ", "out of service"),
        "returned-to-service": ("phục vụ lại", "back in service"),
        "note": ("ghi chú", "note"),
        "assigned": ("giao cơ quan", "assigned"),
        "escalated": ("chuyển cấp trên", "escalated"),
        "ack-timed-out": ("quá hạn xác nhận", "ack timed out"),
        "resolved": ("giải quyết", "resolved"),
    ]
}
