/// The simulated city's settings in a sources file; what it leaves out is the command line's.
public struct SimulatorSetting: Sendable, Hashable {
    /// Seconds between simulator polls (`--simulator-interval` otherwise).
    public var interval: Double?
    /// Seconds between the simulated stations' readings (`--simulator-sampling` otherwise).
    public var sampling: Double?

    public init(interval: Double? = nil, sampling: Double? = nil) {
        self.interval = interval
        self.sampling = sampling
    }
}
