/// The kinds of data a write transaction changed; each has its own counter in `meta` next to the total.
public struct ChangeScope: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Raw observations or their hourly rollups.
    public static let observations = ChangeScope(rawValue: 1 << 0)
    /// Dossiers, feedback cases, incidents, directives.
    public static let events = ChangeScope(rawValue: 1 << 1)
    /// Alarm states and their timeline.
    public static let alarms = ChangeScope(rawValue: 1 << 2)
    /// Source health (every poll, success or failure).
    public static let sources = ChangeScope(rawValue: 1 << 3)
    /// Series definitions, agencies, wards, source registrations.
    public static let reference = ChangeScope(rawValue: 1 << 4)
    /// Log entries, sign-ons and handovers: no dashboard part reads them (consoles follow this counter,
    /// `DashboardReader.lastTokens`).
    public static let logbook = ChangeScope(rawValue: 1 << 5)
    /// Every scope: what a writer that does not say bumps.
    public static let all: ChangeScope = [.observations, .events, .alarms, .sources, .reference, .logbook]

    /// The `meta` column of each scope.
    static let columns: [(ChangeScope, String)] = [
        (.observations, "observation_counter"), (.events, "event_counter"), (.alarms, "alarm_counter"),
        (.sources, "source_counter"), (.reference, "reference_counter"), (.logbook, "logbook_counter"),
    ]
}
