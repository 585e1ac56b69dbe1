/// The simulated city's settings in a sources file.
public struct SimulatorSetting: Sendable, Hashable {
    /// Seconds between simulator polls.
    public var interval: Double

    public init(interval: Double) { self.interval = interval }
}
