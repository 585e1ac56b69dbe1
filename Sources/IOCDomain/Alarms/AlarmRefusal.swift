/// Why the alarm state machine (or the store) refused an input; nothing changed. Typed, so the console and the CLI
/// say it in their reader's language (`text(_:)`) and tests name the reason, not its wording. Its description is
/// the Vietnamese.
public enum AlarmRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    case viewerMayNotAct
    /// The account's grant was revoked or lowered since the console started.
    case notGranted
    case notShelved
    case shelveNotOver
    case notSuppressed
    case onlySupervisorReturnsToService
    case notOutOfService
    case emptyNote
    case noAgencyToAssign
    case notAcknowledged
    case resolveTimeNotOver
    case conditionUnchanged
    case conditionAlreadyNormal
    case alreadyAcknowledged
    case nothingToAcknowledge
    case cannotAcknowledge(AlarmState)
    case shelveNeedsReason
    case shelveTimeNotPositive
    case shelveTooLong(maxMinutes: Int)
    case alreadyShelved
    case cannotShelve(AlarmState)
    case alreadySuppressed
    case outOfService
    case onlySupervisorTakesOutOfService
    case outOfServiceNeedsReason
    case alreadyOutOfService
    case nothingToEscalate
    case alreadyEscalated
    case acknowledgeBeforeResolving
    case nothingToResolve
    case cannotResolve(AlarmState)
    /// No alarm by this id or public number (the store).
    case noSuchAlarm(String)

    /// The reason in the reader's language.
    public func text(_ language: Language) -> String {
        switch self {
        case .viewerMayNotAct: return language.pick("Vai trò người xem không được thao tác cảnh báo", "A viewer may not act on alarms")
        case .notGranted: return language.pick("Tài khoản không còn quyền này (quyền đã bị thu hồi hoặc hạ)",
                                               "This account no longer has this right (its grant was revoked or lowered)")
        case .notShelved: return language.pick("Cảnh báo không ở trạng thái tạm gác", "The alarm is not shelved")
        case .shelveNotOver: return language.pick("Chưa hết hạn tạm gác", "The shelve has not run out yet")
        case .notSuppressed: return language.pick("Cảnh báo không bị triệt", "The alarm is not suppressed")
        case .onlySupervisorReturnsToService:
            return language.pick("Chỉ trưởng ca được đưa cảnh báo trở lại phục vụ", "Only a supervisor may return an alarm to service")
        case .notOutOfService:
            return language.pick("Cảnh báo không ở trạng thái ngừng phục vụ", "The alarm is not out of service")
        case .emptyNote: return language.pick("Ghi chú trống", "The note is empty")
        case .noAgencyToAssign: return language.pick("Thiếu mã cơ quan được giao", "No agency code to assign")
        case .notAcknowledged: return language.pick("Cảnh báo không ở trạng thái đã xác nhận", "The alarm is not acknowledged")
        case .resolveTimeNotOver: return language.pick("Chưa hết hạn xử lý", "The resolve time has not run out yet")
        case .conditionUnchanged: return language.pick("Điều kiện không đổi", "The condition has not changed")
        case .conditionAlreadyNormal:
            return language.pick("Điều kiện đã trở về bình thường", "The condition is already back to normal")
        case .alreadyAcknowledged: return language.pick("Cảnh báo đã xác nhận", "The alarm is already acknowledged")
        case .nothingToAcknowledge: return language.pick("Không có cảnh báo cần xác nhận", "There is nothing to acknowledge")
        case .cannotAcknowledge(let state):
            return language.pick("Cảnh báo đang \(state.labelVI.lowercased()): không xác nhận được",
                                 "The alarm is \(state.labelEN.lowercased()): it cannot be acknowledged")
        case .shelveNeedsReason: return language.pick("Phải ghi lý do tạm gác", "A shelve needs a reason")
        case .shelveTimeNotPositive: return language.pick("Thời gian tạm gác phải lớn hơn 0", "The shelve time must be more than 0")
        case .shelveTooLong(let minutes):
            return language.pick("Tạm gác tối đa \(minutes) phút", "A shelve lasts at most \(minutes) minutes")
        case .alreadyShelved: return language.pick("Cảnh báo đang tạm gác", "The alarm is already shelved")
        case .cannotShelve(let state):
            return language.pick("Cảnh báo đang \(state.labelVI.lowercased()): không tạm gác được",
                                 "The alarm is \(state.labelEN.lowercased()): it cannot be shelved")
        case .alreadySuppressed: return language.pick("Cảnh báo đã bị triệt", "The alarm is already suppressed")
        case .outOfService: return language.pick("Cảnh báo đang ngừng phục vụ", "The alarm is out of service")
        case .onlySupervisorTakesOutOfService:
            return language.pick("Chỉ trưởng ca được đưa cảnh báo ra khỏi phục vụ", "Only a supervisor may take an alarm out of service")
        case .outOfServiceNeedsReason:
            return language.pick("Phải ghi lý do ngừng phục vụ", "Taking an alarm out of service needs a reason")
        case .alreadyOutOfService: return language.pick("Cảnh báo đã ngừng phục vụ", "The alarm is already out of service")
        case .nothingToEscalate:
            return language.pick("Không có cảnh báo đang mở để chuyển cấp", "There is no open alarm to escalate")
        case .alreadyEscalated: return language.pick("Cảnh báo đã được chuyển cấp", "The alarm is already escalated")
        case .acknowledgeBeforeResolving:
            return language.pick("Phải xác nhận trước khi đóng cảnh báo", "Acknowledge the alarm before resolving it")
        case .nothingToResolve: return language.pick("Không có cảnh báo để đóng", "There is no alarm to resolve")
        case .cannotResolve(let state):
            return language.pick("Cảnh báo đang \(state.labelVI.lowercased()): không đóng được",
                                 "The alarm is \(state.labelEN.lowercased()): it cannot be resolved")
        case .noSuchAlarm(let id): return language.pick("Không tìm thấy cảnh báo \(id)", "No alarm \(id)")
        }
    }

    public var description: String { text(.vi) }
}
