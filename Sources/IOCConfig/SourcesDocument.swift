import IOCDomain

/// A parsed sources file: the department systems, and whether the simulated city runs beside them.
public struct SourcesDocument: Sendable, Hashable {
    public var sources: [SourceConfig]
    /// Present when the file has a `simulator:` block.
    public var simulator: SimulatorSetting?
    /// The cache's retention (`retention:` block), nil for the standard one.
    public var retention: RetentionPolicy?

    public init(sources: [SourceConfig], simulator: SimulatorSetting?, retention: RetentionPolicy? = nil) {
        self.sources = sources; self.simulator = simulator; self.retention = retention
    }
}
