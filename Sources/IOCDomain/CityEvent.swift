import Foundation

/// A discrete record from a department system: a dossier, a feedback case, an incident, a directive or an alert.
/// Identified by (source, kind, externalID); a newer version of the same record replaces the older one.
public struct CityEvent: Sendable, Codable, Hashable {
    public var kind: EventKind
    /// The department system's own identifier.
    public var externalID: String
    /// Short human title (NFC, control characters stripped at the boundary).
    public var title: String
    public var status: EventStatus
    /// Category within the kind: incident type (`traffic_accident`, `fire`, `flooding`, `public_order`,
    /// `congestion`), feedback category (`environment`, `urban_order`, `traffic`, …), dossier procedure group.
    public var category: String
    public var agencyCode: String?
    public var wardCode: String?
    public var openedAt: Date
    public var dueAt: Date?
    public var closedAt: Date?
    /// Last change time in the source system.
    public var updatedAt: Date
    /// Progress 0…100 for directives; nil otherwise.
    public var progress: Double?
    /// Priority or severity 1 (highest) … 4 (lowest), when the source gives one.
    public var severity: Int?
    /// Free text detail (already sanitised).
    public var detail: String
    /// The title in English, when the source writes one (the simulator does); nil otherwise.
    public var titleEN: String?
    /// The detail in English, when the source writes one (the simulator does); nil otherwise.
    public var detailEN: String?
    /// The status as the source system wrote it, when its word is not one of ours (an Open311 server's
    /// `acknowledged`): kept so a status the config did not map is seen as it is, not only as what it fell back to.
    public var sourceStatus: String?

    public init(kind: EventKind, externalID: String, title: String, status: EventStatus, category: String = "",
                agencyCode: String? = nil, wardCode: String? = nil, openedAt: Date, dueAt: Date? = nil,
                closedAt: Date? = nil, updatedAt: Date, progress: Double? = nil, severity: Int? = nil,
                detail: String = "", titleEN: String? = nil, detailEN: String? = nil, sourceStatus: String? = nil) {
        self.kind = kind; self.externalID = externalID; self.title = title; self.status = status
        self.category = category; self.agencyCode = agencyCode; self.wardCode = wardCode
        self.openedAt = openedAt; self.dueAt = dueAt; self.closedAt = closedAt; self.updatedAt = updatedAt
        self.progress = progress; self.severity = severity; self.detail = detail; self.titleEN = titleEN
        self.detailEN = detailEN; self.sourceStatus = sourceStatus
    }

    /// The detail to show: the English one when `english` and there is one (not empty), else the detail.
    public func detail(_ language: Language) -> String {
        if language == .en, let detailEN, !detailEN.isEmpty { return detailEN }
        return detail
    }

    /// The title to show: the English one when `english` and there is one (not empty), else the title.
    public func title(_ language: Language) -> String {
        if language == .en, let titleEN, !titleEN.isEmpty { return titleEN }
        return title
    }
}
