/// Lifecycle status of a city event. One enum across kinds keeps the store simple; each kind uses its subset.
public enum EventStatus: String, Sendable, Codable, CaseIterable, Hashable {
    // Feedback flow (DOMAIN.md): Mới → Đã phân loại → Đã chuyển xử lý → Đang xử lý → Đã xử lý → Đã đánh giá
    case new = "new"
    case classified = "classified"
    case routed = "routed"
    case inProgress = "in_progress"
    case resolved = "resolved"
    case rated = "rated"
    // Dossiers: received → in progress → done (early / on time / late is derived from closedAt vs dueAt)
    case received = "received"
    case done = "done"
    // Incidents and directives
    case open = "open"
    case closed = "closed"
    case cancelled = "cancelled"

    /// True while the item still needs work (counts toward open / overdue figures).
    public var isOpen: Bool {
        switch self {
        case .new, .classified, .routed, .inProgress, .received, .open: return true
        case .resolved, .rated, .done, .closed, .cancelled: return false
        }
    }

    /// Citizen feedback that reached an agency: routed, or any later step (the target is 100 % of what is received).
    public static let routedOrLater: Set<EventStatus> = [.routed, .inProgress, .resolved, .rated]

    /// Citizen feedback that was resolved (and perhaps rated by the citizen).
    public var isResolved: Bool { self == .resolved || self == .rated }
}
