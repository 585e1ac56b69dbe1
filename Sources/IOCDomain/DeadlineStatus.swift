import Foundation

/// Where an item stands against its deadline. "Sắp trễ hạn" (due within 24 h) is first-class.
public enum DeadlineStatus: String, Sendable, Hashable, CaseIterable {
    case noDeadline
    /// Open, more than the warning window left.
    case inTime
    /// Open and due within the warning window (default 24 h).
    case dueSoon
    /// Open and past the deadline.
    case overdue
    /// Closed before the last day (dossiers: "trước hạn").
    case doneEarly
    /// Closed on or before the deadline.
    case doneOnTime
    /// Closed after the deadline.
    case doneLate

    /// The warning window for "due soon" (proposal in DOMAIN.md: 24 h).
    public static let defaultWarningWindow: TimeInterval = 24 * 3600

    /// Classifies an item; "early" means closed at least one day before the deadline.
    public static func classify(isOpen: Bool, dueAt: Date?, closedAt: Date?, now: Date,
                                warningWindow: TimeInterval = defaultWarningWindow) -> DeadlineStatus {
        guard let due = dueAt else { return .noDeadline }
        if isOpen {
            if now > due { return .overdue }
            if due.timeIntervalSince(now) <= warningWindow { return .dueSoon }
            return .inTime
        }
        let closed = closedAt ?? now
        if closed > due { return .doneLate }
        if due.timeIntervalSince(closed) >= 24 * 3600 { return .doneEarly }
        return .doneOnTime
    }

    public static func classify(_ event: CityEvent, now: Date,
                                warningWindow: TimeInterval = defaultWarningWindow) -> DeadlineStatus {
        classify(isOpen: event.status.isOpen, dueAt: event.dueAt, closedAt: event.closedAt, now: now,
                 warningWindow: warningWindow)
    }
}
