/// A scenario run's state. Proposed → active (accepted) or declined; active → closed (every required step
/// finished) or cancelled (with a reason). Closed, declined and cancelled are final.
public enum RunState: String, Sendable, Hashable, Codable, CaseIterable {
    case proposed
    case active
    case closed
    case declined
    case cancelled

    /// Whether the run is over (nothing more may happen to it).
    public var isFinal: Bool { self == .closed || self == .declined || self == .cancelled }

    public func label(_ language: Language) -> String {
        switch self {
        case .proposed: return language.pick("đề xuất", "proposed")
        case .active: return language.pick("đang chạy", "active")
        case .closed: return language.pick("đã đóng", "closed")
        case .declined: return language.pick("không kích hoạt", "declined")
        case .cancelled: return language.pick("đã hủy", "cancelled")
        }
    }
}
