/// Why the run machine refused an input; nothing changed. Said in the reader's language.
public enum RunRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    case viewerMayNotAct
    case notProposed
    case notActive(RunState)
    case noSuchStep(String)
    case stageNotEntered(String)
    case stepFinished(String)
    case stepAlreadyStarted(String)
    case numberRequired(String)
    case noteRequired(String)
    case reasonRequired
    case onlySupervisorSkipsRequired
    case notADecision(String)
    case decisionNeedsBranch(String)
    case noSuchBranch(String)
    case noSuchStage(String)
    case stageAlreadyEntered(String)
    case emptyNote
    case nothingDue
    case requiredStepsOpen(Int)
    case onlySupervisorCancels
    /// The account's grant was revoked or lowered since it signed on (the store).
    case notGranted
    /// No run by this id (the store).
    case noSuchRun(String)

    public func text(_ language: Language) -> String {
        switch self {
        case .viewerMayNotAct: return language.pick("Vai trò người xem không được thao tác kịch bản", "A viewer may not act on scenario runs")
        case .notProposed: return language.pick("Kịch bản không ở trạng thái đề xuất", "The run is not a proposal")
        case .notActive(let state):
            return language.pick("Kịch bản không đang chạy (\(state.label(.vi)))", "The run is not active (\(state.label(.en)))")
        case .noSuchStep(let id): return language.pick("Không có bước \(id)", "No step \(id)")
        case .stageNotEntered(let id): return language.pick("Chưa vào giai đoạn \(id)", "Stage \(id) has not been entered")
        case .stepFinished(let id): return language.pick("Bước \(id) đã kết thúc", "Step \(id) is already finished")
        case .stepAlreadyStarted(let id): return language.pick("Bước \(id) đang làm", "Step \(id) is already in progress")
        case .numberRequired(let label):
            return language.pick("Bước này cần báo cáo số liệu: \(label)", "This step needs its figure reported: \(label)")
        case .noteRequired(let id): return language.pick("Bước \(id) cần ghi chú kết quả", "Step \(id) needs a note of what was done")
        case .reasonRequired: return language.pick("Phải ghi lý do", "A reason is required")
        case .onlySupervisorSkipsRequired:
            return language.pick("Chỉ trưởng ca được bỏ qua bước bắt buộc", "Only a supervisor may skip a required step")
        case .notADecision(let id): return language.pick("Bước \(id) không phải bước quyết định", "Step \(id) is not a decision")
        case .decisionNeedsBranch(let id):
            return language.pick("Bước \(id) là bước quyết định: chọn một nhánh", "Step \(id) is a decision: choose a branch")
        case .noSuchBranch(let id): return language.pick("Không có nhánh \(id)", "No branch \(id)")
        case .noSuchStage(let id): return language.pick("Không có giai đoạn \(id)", "No stage \(id)")
        case .stageAlreadyEntered(let id): return language.pick("Đã vào giai đoạn \(id)", "Stage \(id) was already entered")
        case .emptyNote: return language.pick("Ghi chú trống", "The note is empty")
        case .nothingDue: return language.pick("Không có bước nào đến hạn", "No step has come due")
        case .requiredStepsOpen(let n):
            return language.pick("Còn \(n) bước bắt buộc chưa xong", "\(n) required step(s) not finished")
        case .onlySupervisorCancels: return language.pick("Chỉ trưởng ca được hủy kịch bản", "Only a supervisor may cancel a run")
        case .notGranted: return language.pick("Tài khoản không còn quyền này (quyền đã bị thu hồi hoặc hạ)",
                                               "This account no longer has this right (its grant was revoked or lowered)")
        case .noSuchRun(let id): return language.pick("Không có kịch bản đang chạy \(id)", "No scenario run \(id)")
        }
    }

    public var description: String { text(.vi) }
}
