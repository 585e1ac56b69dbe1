/// Where a key binding applies.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    case global
    /// The alarm panel, the alarm screen and an alarm's detail.
    case alarms
    /// The logbook screen.
    case logbook
    /// The handover screen.
    case handover
    /// A source's screen.
    case source
    /// The runs screen and a run's screen.
    case runs
}
