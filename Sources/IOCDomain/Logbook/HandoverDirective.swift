import Foundation

/// An open directive from a leader at handover.
public struct HandoverDirective: Sendable, Hashable, Codable {
    public var externalID: String
    public var title: String
    public var agencyName: String?
    /// The agency's English name when the store has one; nil in records written before it was kept.
    public var agencyNameEN: String?
    /// The title in English when the source wrote one; nil otherwise and in records written before it was kept.
    public var titleEN: String?
    public var dueAt: Date?
    public var progress: Double?
    public var overdue: Bool

    public init(externalID: String, title: String, agencyName: String?, dueAt: Date?, progress: Double?, overdue: Bool,
                agencyNameEN: String? = nil, titleEN: String? = nil) {
        self.externalID = externalID; self.title = title; self.agencyName = agencyName; self.dueAt = dueAt
        self.progress = progress; self.overdue = overdue
        self.agencyNameEN = agencyNameEN; self.titleEN = titleEN
    }

    /// The title to show: the English one when `english` and there is one, else the title.
    public func title(_ language: Language) -> String {
        if language == .en, let titleEN, !titleEN.isEmpty { return titleEN }
        return title
    }

    /// The agency's name to show: the English one when `english` and there is one (not empty), else the Vietnamese.
    public func agencyName(_ language: Language) -> String? {
        if language == .en, let agencyNameEN, !agencyNameEN.isEmpty { return agencyNameEN }
        return agencyName
    }
}
