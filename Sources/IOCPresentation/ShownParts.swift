/// Parts of the dashboard a console panel or a wall slide draws from (`DashboardInputs`). The measurements are two
/// parts, the traffic series and the others (VN_AQI, water, rain), since only some views show the traffic.
public struct ShownParts: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let socioEconomic = ShownParts(rawValue: 1 << 0)
    public static let traffic = ShownParts(rawValue: 1 << 1)
    public static let environment = ShownParts(rawValue: 1 << 2)
    /// Open incidents counted by category.
    public static let incidentCounts = ShownParts(rawValue: 1 << 3)
    public static let recentIncidents = ShownParts(rawValue: 1 << 4)
    public static let government = ShownParts(rawValue: 1 << 5)
    public static let feedback = ShownParts(rawValue: 1 << 6)
    /// The directives and their true counts.
    public static let directives = ShownParts(rawValue: 1 << 7)
    /// The sources without their poll times.
    public static let sources = ShownParts(rawValue: 1 << 8)
    /// The alarms and the alarm load.
    public static let alarms = ShownParts(rawValue: 1 << 9)
    /// The operating scenario runs open now.
    public static let runs = ShownParts(rawValue: 1 << 10)
    /// Agencies are named from the dossier and feedback lists.
    public static let agencyNames: ShownParts = [.government, .feedback]
}
