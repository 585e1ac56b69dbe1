import Foundation

/// One event as a list row shows it, with names resolved.
public struct EventSummary: Sendable, Hashable {
    public var event: CityEvent
    public var sourceID: String
    public var agencyName: String?
    /// The agency's English name (`agency.name_en`), empty when unknown.
    public var agencyNameEN: String
    public var wardName: String?

    public init(event: CityEvent, sourceID: String, agencyName: String? = nil, wardName: String? = nil,
                agencyNameEN: String = "") {
        self.event = event; self.sourceID = sourceID; self.agencyName = agencyName; self.wardName = wardName
        self.agencyNameEN = agencyNameEN
    }

    /// The agency's name to show: the English one when `english` and there is one (not empty), else the Vietnamese
    /// one; nil when the event has no named agency.
    public func agencyName(_ language: Language) -> String? {
        return language == .en && !agencyNameEN.isEmpty ? agencyNameEN : agencyName
    }
}
