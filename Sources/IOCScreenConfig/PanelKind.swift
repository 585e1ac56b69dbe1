import IOCConfig
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
}
