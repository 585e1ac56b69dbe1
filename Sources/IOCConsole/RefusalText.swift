import IOCDomain

/// Refusals that come back from the alarm state machine and the logbook store, said in the operator's language. Those
/// layers give their reason in Vietnamese (the words of the record); the console renders it here, in one place, so
/// that `--lang en` shows no Vietnamese refusal. A reason this table does not know is shown as it came.
enum RefusalText {
    static func text(_ reason: String, _ lang: Language) -> String {
        guard lang == .en else { return reason }
        if let en = fixed[reason] { return en }
        for state in AlarmState.allCases {
            let word = state.labelVI.lowercased(), en = state.labelEN.lowercased()
            if reason == "Cảnh báo đang \(word): không xác nhận được" { return "The alarm is \(en): it cannot be acknowledged" }
            if reason == "Cảnh báo đang \(word): không tạm gác được" { return "The alarm is \(en): it cannot be shelved" }
        }
        for p in patterns where reason.hasPrefix(p.vi.prefix) && reason.hasSuffix(p.vi.suffix)
            && reason.count >= p.vi.prefix.count + p.vi.suffix.count {
            let middle = reason.dropFirst(p.vi.prefix.count).dropLast(p.vi.suffix.count)
            return p.en.prefix + middle + p.en.suffix
        }
        return reason
    }

    /// Reasons with one value in them (a number, a name, a time), kept as it is between the words.
    private static let patterns: [(vi: (prefix: String, suffix: String), en: (prefix: String, suffix: String))] = [
        (("Tạm gác tối đa ", " phút"), ("Shelving lasts at most ", " minutes")),
        (("Không có mục nhật ký #", " để sửa"), ("There is no log entry #", " to correct")),
        (("Nội dung nhật ký dài ", " ký tự, tối đa \(LogText.maxCharacters): không ghi (không cắt bớt)"),
         ("The log entry has ", " characters, at most \(LogText.maxCharacters): not written (nothing cut)")),
        (("Diễn biến ca dài ", " ký tự, tối đa \(LogText.maxNarrativeCharacters): không ghi (không cắt bớt)"),
         ("The handover narrative has ", " characters, at most \(LogText.maxNarrativeCharacters): not written (nothing cut)")),
        (("Nội dung bảo lưu dài ", " ký tự, tối đa \(LogText.maxCharacters): không ghi (không cắt bớt)"),
         ("The reservations have ", " characters, at most \(LogText.maxCharacters): not written (nothing cut)")),
        (("Thời điểm sự việc (", ") sau thời điểm ghi: nhật ký không ghi trước"),
         ("The event time (", ") is after the writing time: the log records no future")),
        (("Đang có biên bản giao ca #", " chờ tiếp nhận"), ("Handover #", " already awaits acceptance")),
        (("Chỉ người đang trực (", ") hoặc trưởng ca được bắt đầu giao ca"), ("Only who is on duty (", ") or a supervisor may start the handover")),
        (("Biên bản giao ca #", " đã được tiếp nhận"), ("Handover #", " was already accepted")),
        (("Không có biên bản giao ca #", ""), ("There is no handover #", "")),
    ]

    private static let fixed: [String: String] = [
        "Vai trò người xem không được thao tác cảnh báo": "Viewers cannot act on alarms",
        "Cảnh báo không ở trạng thái tạm gác": "The alarm is not shelved",
        "Chưa hết hạn tạm gác": "The shelving has not expired yet",
        "Cảnh báo không bị triệt": "The alarm is not suppressed",
        "Chỉ trưởng ca được đưa cảnh báo trở lại phục vụ": "Only a supervisor may return an alarm to service",
        "Cảnh báo không ở trạng thái ngừng phục vụ": "The alarm is not out of service",
        "Ghi chú trống": "The note is empty",
        "Thiếu mã cơ quan được giao": "No agency code given",
        "Cảnh báo không ở trạng thái đã xác nhận": "The alarm is not acknowledged",
        "Chưa hết hạn xử lý": "Its deadline has not passed yet",
        "Điều kiện không đổi": "The condition has not changed",
        "Điều kiện đã trở về bình thường": "The condition is back to normal",
        "Cảnh báo đã xác nhận": "The alarm is already acknowledged",
        "Không có cảnh báo cần xác nhận": "No alarm to acknowledge",
        "Phải ghi lý do tạm gác": "Shelving needs a reason",
        "Thời gian tạm gác phải lớn hơn 0": "The shelving time must be more than 0",
        "Cảnh báo đang tạm gác": "The alarm is already shelved",
        "Cảnh báo đã bị triệt": "The alarm is suppressed",
        "Cảnh báo đang ngừng phục vụ": "The alarm is out of service",
        "Chỉ trưởng ca được đưa cảnh báo ra khỏi phục vụ": "Only a supervisor may take an alarm out of service",
        "Phải ghi lý do ngừng phục vụ": "Out of service needs a reason",
        "Cảnh báo đã ngừng phục vụ": "The alarm is already out of service",
        "Không có cảnh báo đang mở để chuyển cấp": "No open alarm to escalate",
        "Cảnh báo đã được chuyển cấp": "The alarm is already escalated",
        "Phải xác nhận trước khi đóng cảnh báo": "Acknowledge the alarm before resolving it",
        "Không có cảnh báo để đóng": "No alarm to resolve",
        // The logbook and handover store.
        "Người xem không được ghi nhật ký": "Viewers cannot write the log",
        "Nội dung nhật ký trống": "The log entry is empty",
        "Người xem không được giao ca": "Viewers cannot hand over",
        "Giao ca cần phần diễn biến ca": "A handover needs a narrative",
        "Người xem không được nhận ca": "Viewers cannot take over a shift",
        "Chỉ trưởng ca được tiếp nhận có bảo lưu": "Only a supervisor may accept with reservations",
        "Tiếp nhận có bảo lưu cần ghi nội dung bảo lưu": "Accepting with reservations needs them written",
        "Người giao ca không tự tiếp nhận biên bản của mình": "You cannot accept your own handover",
        "Người đang trực không tự nhận lại ca của mình": "Who is on duty cannot take over their own shift",
    ]
}
