/// A run step's state. Pending → in progress → done; pending or in progress → overdue when its due time passes
/// (the machine's `tick`), and an overdue step can still be started, done or skipped; any open step may be skipped
/// with a reason. Done and skipped are final.
public enum StepState: String, Sendable, Hashable, Codable, CaseIterable {
    case pending
    case inProgress = "in_progress"
    case overdue
    case done
    case skipped

    /// Whether the step is finished (done or skipped).
    public var isFinished: Bool { self == .done || self == .skipped }

    public func label(_ language: Language) -> String {
        switch self {
        case .pending: return language.pick("chờ", "pending")
        case .inProgress: return language.pick("đang làm", "in progress")
        case .overdue: return language.pick("quá hạn", "overdue")
        case .done: return language.pick("xong", "done")
        case .skipped: return language.pick("bỏ qua", "skipped")
        }
    }
}
