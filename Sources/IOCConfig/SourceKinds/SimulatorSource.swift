import IOCDomain

/// The simulated city as a source: which city, its seed, and how often its stations read (the poll interval is the
/// source's). Built by the program from the command line and the sources file's `simulator:` block.
public struct SimulatorSource: Sendable, Hashable {
    /// The city's code (`haiphong`, `hanoi`).
    public var city: String
    public var seed: UInt64
    /// Seconds between the stations' readings.
    public var sampling: Double
    /// The city's data is parsed at the first poll rather than at start (a screen's first frame needs only the
    /// database).
    public var deferModel: Bool
    /// The river stations of `water-levels.yaml` (the simulator gauges those of its city).
    public var rivers: [WaterLevelStation]
    /// The triggers asked to be played (`--play`).
    public var plays: [SimulatorPlay]

    public init(city: String, seed: UInt64, sampling: Double, deferModel: Bool = false, rivers: [WaterLevelStation] = [],
                plays: [SimulatorPlay] = []) {
        self.city = city; self.seed = seed; self.sampling = sampling; self.deferModel = deferModel
        self.rivers = rivers; self.plays = plays
    }
}
