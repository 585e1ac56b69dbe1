import Foundation

/// One event as a list row shows it, with names resolved.
public struct EventSummary: Sendable, Hashable {
    public var event: CityEvent
    public var sourceID: String
    public var agencyName: String?
    public var wardName: String?

    public init(event: CityEvent, sourceID: String, agencyName: String? = nil, wardName: String? = nil) {
        self.event = event; self.sourceID = sourceID; self.agencyName = agencyName; self.wardName = wardName
    }
}
