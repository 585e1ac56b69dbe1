/// A city the simulator can play.
public enum City: String, Sendable, CaseIterable {
    case haiphong
    case hanoi

    /// Province code in the admin-units data: "31" Hải Phòng, "1" Hà Nội.
    public var provinceCode: String {
        switch self {
        case .haiphong: return "31"
        case .hanoi: return "1"
        }
    }

    /// Vietnamese name.
    public var displayName: String {
        switch self {
        case .haiphong: return "Hải Phòng"
        case .hanoi: return "Hà Nội"
        }
    }

    /// The city as configuration files name it (`water-levels.yaml`, scenarios' `city:`).
    public var configName: String {
        switch self {
        case .haiphong: return "hai-phong"
        case .hanoi: return "ha-noi"
        }
    }

    /// The city's name in `indicators.csv`.
    var indicatorsName: String { displayName }
}
