/// The parts of a `DashboardSnapshot` that can be read on their own, each from its own tables.
public struct DashboardParts: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Socio-economic and public-order KPIs with their sampled history (observations, series).
    public static let indicators = DashboardParts(rawValue: 1 << 0)
    /// Incidents, dossier and feedback figures per agency, directives (events, agencies).
    public static let events = DashboardParts(rawValue: 1 << 1)
    /// Source health.
    public static let sources = DashboardParts(rawValue: 1 << 2)
    /// Alarms not in Normal and the alarm load.
    public static let alarms = DashboardParts(rawValue: 1 << 3)
    public static let all: DashboardParts = [.indicators, .events, .sources, .alarms]

    /// The parts that read data of the changed scopes.
    public static func reading(_ scopes: ChangeScope) -> DashboardParts {
        var parts: DashboardParts = []
        if !scopes.isDisjoint(with: [.observations, .reference]) { parts.insert(.indicators) }
        if !scopes.isDisjoint(with: [.events, .reference]) { parts.insert(.events) }
        if !scopes.isDisjoint(with: [.sources, .reference]) { parts.insert(.sources) }
        if scopes.contains(.alarms) { parts.insert(.alarms) }
        return parts
    }

    /// Parts whose figures depend on the clock as well as on the data (deadline classes, alarm rates), which go
    /// stale even when nothing is written.
    public static let clockBound: DashboardParts = [.events, .alarms]
}
