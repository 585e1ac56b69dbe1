/// Where a handover stands. Only an accepted handover (with or without reservations) puts the new shift on duty.
public enum HandoverState: String, Sendable, CaseIterable, Codable, Hashable {
    /// The outgoing operator has prepared it; the incoming operator has not accepted yet.
    case started
    case accepted
    /// Accepted, with the incoming supervisor's reservations written down.
    case acceptedWithReservations = "accepted_with_reservations"

    public var labelVI: String {
        switch self {
        case .started: return "Chờ tiếp nhận"
        case .accepted: return "Đã tiếp nhận"
        case .acceptedWithReservations: return "Đã tiếp nhận có bảo lưu"
        }
    }

    public var labelEN: String {
        switch self {
        case .started: return "Awaiting acceptance"
        case .accepted: return "Accepted"
        case .acceptedWithReservations: return "Accepted with reservations"
        }
    }

    public var isAccepted: Bool { self != .started }
}
