/// An air-quality monitoring station reporting VN_AQI (0–500), named after the ward it stands in.
public struct AirStation: Sendable, Hashable {
    public let slug: String
    public let name: String
    public let wardCode: String
    /// Typical daytime VN_AQI outside episodes, before the season factor.
    public let baseAQI: Double
}
