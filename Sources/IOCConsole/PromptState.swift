import IOCDomain

/// A one-line question on the bottom row, with what it is for.
public struct PromptState: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        case shelveMinutes(alarmIDs: [String])
        case shelveReason(alarmIDs: [String], minutes: Int)
        case note(alarmIDs: [String])
        /// `current`: the agency that has the alarm now, shown on the question, not typed into it.
        case assign(alarmIDs: [String], current: String?)
        case outOfServiceReason(alarmIDs: [String])
        case filter
        case confirmAcknowledgeAll(alarmIDs: [String])
        /// The person's name on a shared account; the role is the account's grant, never asked.
        case signOnName(role: OperatorRole)
        /// The category of a new entry; the draft carries its links and what it corrects.
        case logCategory(LogEntryDraft)
        case logText(LogEntryDraft)
        case logSearch
        /// A late entry whose event time is in another shift (typed: the text as written, given back on "no").
        case confirmLateEntry(LogEntryDraft, typed: String)
        case handoverStatus
        case handoverNarrative(HandoverStatus)
        case handoverReservations(id: Int64)
        /// Marking a step done: its figure and/or note as the step asks (`evidence`), or an optional note.
        case runEvidence(runID: String, stepID: String, evidence: ScenarioEvidence?)
        case runSkipReason(runID: String, stepID: String)
        /// A decision step's branch, by its number in the list.
        case runBranch(runID: String, stepID: String, branches: [ScenarioBranch])
        case runDeclineReason(runID: String)
        case runNote(runID: String)
        case runCloseNote(runID: String)
        /// Entering a stage by hand (one not reached through a decision), by its number in the list.
        case runStage(runID: String, stages: [String])
    }

    public var purpose: Purpose
    public var text: String

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose; self.text = text
    }

    /// A category's number in the prompt (1 = sự kiện).
    static func number(_ c: LogCategory) -> Int { (LogCategory.allCases.firstIndex(of: c) ?? 0) + 1 }

    /// A shorter form of the question for a narrow bottom row, where it has one: the choices and the default stay,
    /// what was already answered goes.
    func shortLabel(_ lang: Language) -> String? {
        switch purpose {
        case .signOnName: return lang.pick("Nhận ca — họ tên: ", "Sign on — name: ")
        default:
            return nil
        }
    }

    /// The question, in the operator's language.
    func label(_ lang: Language) -> String {
        switch purpose {
        case .shelveMinutes:
            return lang.pick("Tạm gác bao lâu? Số phút 1–480 (0 = đến khi hết cảnh báo), Enter = 60: ",
                             "Shelve for how long? Minutes 1–480 (0 = until it clears), Enter = 60: ")
        case .shelveReason: return lang.pick("Lý do tạm gác (bắt buộc): ", "Reason for shelving (required): ")
        case .note: return lang.pick("Ghi chú: ", "Note: ")
        case .assign(_, let current):
            let now = current.map { lang.pick("đang: \($0); ", "now: \($0); ") } ?? ""
            return lang.pick("Giao cho cơ quan (\(now)mã hoặc tên, ví dụ SXD, xay dung): ",
                             "Assign to agency (\(now)code or name, e.g. SXD, construction): ")
        case .outOfServiceReason: return lang.pick("Lý do ngừng phục vụ (bắt buộc): ", "Reason for out of service (required): ")
        case .filter: return lang.pick("Lọc cảnh báo (Enter trống hoặc Esc: bỏ lọc): ", "Filter alarms (empty Enter or Esc: no filter): ")
        case .signOnName(let role):
            return lang.pick("Nhận ca với vai trò \(role.label(.vi)) (theo quyền của tài khoản) — họ tên: ",
                             "Sign on as \(role.label(.en)) (the account's grant) — name: ")
        case .logCategory(let d):
            let what = d.corrects.map { lang.pick("Sửa mục #\($0) — loại", "Correct #\($0) — category") } ?? lang.pick("Loại", "Category")
            return what + lang.pick(": 1 sự kiện, 2 chỉ đạo, 3 liên hệ cơ quan, 4 kỹ thuật, 5 khác (Enter = \(Self.number(d.category))): ",
                                    ": 1 event, 2 directive, 3 agency contact, 4 technical, 5 other (Enter = \(Self.number(d.category))): ")
        case .logText(let d):
            let head = d.corrects.map { lang.pick("Sửa mục #\($0)", "Correcting #\($0)") } ?? lang.pick("Nhật ký", "Log")
            let links = d.alarmIDs.isEmpty ? "" : lang.pick(" (về cảnh báo)", " (about the alarm)")
            return "\(head) [\(lang.pick(d.category.labelVI, d.category.labelEN))]\(links): "
        case .confirmLateEntry(let d, _):
            return lang.pick("Sự việc lúc \(VietnamTime.dateTime(d.eventAt)) thuộc ca trước, không phải ca này — vẫn ghi vào ca này? (c/k) ",
                             "It happened at \(VietnamTime.dateTime(d.eventAt)), in an earlier shift — file it in this shift? (y/n) ")
        case .logSearch: return lang.pick("Tìm trong nhật ký (không dấu cũng được; Enter trống hoặc Esc: bỏ tìm): ",
                                          "Search the log (accents optional; empty Enter or Esc: no search): ")
        case .handoverStatus:
            return lang.pick("Tình hình chung: 1 Yên tĩnh, 2 Bình thường, 3 Bận, 4 Khẩn cấp (Enter = 2): ",
                             "Overall status: 1 Quiet, 2 Normal, 3 Busy, 4 Emergency (Enter = 2): ")
        case .handoverNarrative(let s):
            return lang.pick("[\(s.labelVI)] Diễn biến ca (bắt buộc): ", "[\(s.labelEN)] Narrative of the shift (required): ")
        case .handoverReservations(let id):
            return lang.pick("Tiếp nhận #\(id) có bảo lưu — nội dung (bắt buộc): ", "Accept #\(id) with reservations — write them (required): ")
        case .runEvidence(_, let step, let evidence):
            switch evidence {
            case .number(let label, let unit)?:
                return lang.pick("\(step) xong — \(label.text(.vi))\(unit.map { " (\($0))" } ?? ""), số rồi ghi chú: ",
                                 "\(step) done — \(label.text(.en))\(unit.map { " (\($0))" } ?? ""), the figure then a note: ")
            case .note?: return lang.pick("\(step) xong — kết quả (bắt buộc): ", "\(step) done — what was done (required): ")
            case nil: return lang.pick("\(step) xong — ghi chú (không bắt buộc): ", "\(step) done — note (optional): ")
            }
        case .runSkipReason(_, let step): return lang.pick("Bỏ qua \(step) — lý do (bắt buộc): ", "Skip \(step) — reason (required): ")
        case .runBranch(_, let step, let branches):
            let list = branches.enumerated().map { "\($0.offset + 1) \($0.element.label.text(lang))" }.joined(separator: ", ")
            return lang.pick("\(step) — chọn: \(list): ", "\(step) — choose: \(list): ")
        case .runDeclineReason(let run): return lang.pick("Không kích hoạt \(run) — lý do (bắt buộc): ", "Decline \(run) — reason (required): ")
        case .runNote(let run): return lang.pick("Ghi chú vào \(run): ", "Note on \(run): ")
        case .runCloseNote(let run): return lang.pick("Đóng \(run) — ghi chú kết thúc (không bắt buộc): ", "Close \(run) — closing note (optional): ")
        case .runStage(let run, let stages):
            let list = stages.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
            return lang.pick("\(run) — vào giai đoạn: \(list): ", "\(run) — enter stage: \(list): ")
        case .confirmAcknowledgeAll(let ids):
            return lang.pick("Xác nhận tất cả \(ids.count) cảnh báo đang hiển thị? (c/k) ", "Acknowledge all \(ids.count) visible alarms? (y/n) ")
        }
    }
}
