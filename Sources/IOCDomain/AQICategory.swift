/// VN_AQI bands (1459/QĐ-TCMT, 2019). Always shown with the number and the label, never by colour alone.
public enum AQICategory: Int, Sendable, CaseIterable, Hashable {
    case good, moderate, poor, bad, veryBad, hazardous

    /// The band of a VN_AQI value: 0–50 Tốt, 51–100 Trung bình, 101–150 Kém, 151–200 Xấu, 201–300 Rất xấu, 301+ Nguy hại.
    public init(aqi: Double) {
        switch aqi {
        case ..<50.5: self = .good
        case ..<100.5: self = .moderate
        case ..<150.5: self = .poor
        case ..<200.5: self = .bad
        case ..<300.5: self = .veryBad
        default: self = .hazardous
        }
    }

    public var labelVI: String {
        switch self {
        case .good: return "Tốt"
        case .moderate: return "Trung bình"
        case .poor: return "Kém"
        case .bad: return "Xấu"
        case .veryBad: return "Rất xấu"
        case .hazardous: return "Nguy hại"
        }
    }

    public var labelEN: String {
        switch self {
        case .good: return "Good"
        case .moderate: return "Moderate"
        case .poor: return "Poor"
        case .bad: return "Bad"
        case .veryBad: return "Very bad"
        case .hazardous: return "Hazardous"
        }
    }

    /// The official colour (R, G, B).
    public var rgb: (UInt8, UInt8, UInt8) {
        switch self {
        case .good: return (0, 228, 0)
        case .moderate: return (255, 255, 0)
        case .poor: return (255, 126, 0)
        case .bad: return (255, 0, 0)
        case .veryBad: return (143, 63, 151)
        case .hazardous: return (126, 0, 35)
        }
    }
}
