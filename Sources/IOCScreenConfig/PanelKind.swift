import IOCConfig
import IOCDomain
/// What a layout panel shows: one of the four pillars, the data sources, the leaders' directives, incidents or alarms.
public enum PanelKind: String, Sendable, CaseIterable {
    case socioEconomic = "socio_economic"
    case publicOrder = "public_order"
    case government
    case feedback
    case sources
    case directives
    case incidents
    case alarms

    /// The data domain the panel shows, nil for the IOC's own (sources) and for alarms, which are filtered one by one.
    public var domain: Pillar? {
        switch self {
        case .socioEconomic: return .socioEconomic
        case .publicOrder, .incidents: return .publicOrder
        case .government: return .government
        case .feedback: return .feedback
        case .directives: return .directives
        case .sources, .alarms: return nil
        }
    }
}
