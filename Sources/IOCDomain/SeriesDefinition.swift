import Foundation

/// Which way is good for an indicator: used for trend arrows and target status.
public enum Direction: String, Sendable, Codable, Hashable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
    case neutral = "neutral"
}

/// An indicator (a time series): what it measures, in which unit, owned by which agency, against which target.
public struct SeriesDefinition: Sendable, Codable, Hashable {
    /// Between a series name's metric and its place: "Chỉ số ùn tắc – Đường Lạch Tray", "VN_AQI – Trạm Lê Chân".
    /// Screens that are short of room shorten the metric and keep the place, which tells series apart.
    public static let placeSeparator = " – "

    /// Stable key, e.g. `kt.grdp_growth`, `aqi.station.an_duong`, `traffic.speed.corridor_1`.
    public var key: String
    public var pillar: Pillar
    /// Vietnamese name (NFC), the default shown to operators.
    public var name: String
    /// English name for `--lang en`.
    public var nameEN: String
    public var unit: String
    /// Owning agency code (see `Agency.code`), if any.
    public var agencyCode: String?
    /// Ward code (see `Ward.code`), if the series belongs to one ward.
    public var wardCode: String?
    /// Target (e.g. the annual plan), if any.
    public var target: Double?
    public var direction: Direction
    /// Upper warning threshold for display (e.g. VN_AQI 100); alarms come from rules, not from here.
    public var warnAbove: Double?
    public var warnBelow: Double?

    public init(key: String, pillar: Pillar, name: String, nameEN: String, unit: String,
                agencyCode: String? = nil, wardCode: String? = nil, target: Double? = nil,
                direction: Direction = .neutral, warnAbove: Double? = nil, warnBelow: Double? = nil) {
        self.key = key; self.pillar = pillar; self.name = name; self.nameEN = nameEN; self.unit = unit
        self.agencyCode = agencyCode; self.wardCode = wardCode; self.target = target
        self.direction = direction; self.warnAbove = warnAbove; self.warnBelow = warnBelow
    }
}
