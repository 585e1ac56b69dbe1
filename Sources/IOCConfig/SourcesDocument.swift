/// A parsed sources file: the department systems, and whether the simulated city runs beside them.
public struct SourcesDocument: Sendable, Hashable {
    public var sources: [SourceConfig]
    /// Present when the file has a `simulator:` block.
    public var simulator: SimulatorSetting?

    public init(sources: [SourceConfig], simulator: SimulatorSetting?) {
        self.sources = sources; self.simulator = simulator
    }
}
