import Foundation

/// An open directive from a leader at handover.
public struct HandoverDirective: Sendable, Hashable, Codable {
    public var externalID: String
    public var title: String
    public var agencyName: String?
    public var dueAt: Date?
    public var progress: Double?
    public var overdue: Bool

    public init(externalID: String, title: String, agencyName: String?, dueAt: Date?, progress: Double?, overdue: Bool) {
        self.externalID = externalID; self.title = title; self.agencyName = agencyName; self.dueAt = dueAt
        self.progress = progress; self.overdue = overdue
    }
}
