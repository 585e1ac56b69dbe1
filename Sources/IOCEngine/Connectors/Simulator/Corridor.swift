/// A main road whose congestion index (0–10) and mean speed (km/h) the simulator reports.
public struct Corridor: Sendable, Hashable {
    /// Stable slug used in series keys, e.g. `nguyen_van_linh`.
    public let slug: String
    public let name: String
    public let wardCode: String
    public let freeFlowKmh: Double
    /// Congestion index at quiet night hours.
    public let baseCongestion: Double
    /// How much the rush hours add at their peak.
    public let rushAmplitude: Double
}
