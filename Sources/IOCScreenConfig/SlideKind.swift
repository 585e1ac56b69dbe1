import IOCDomain
import IOCConfig
/// What one briefing slide shows (ISA-101 level 1: the city at a glance for leaders).
public enum SlideKind: String, Sendable, CaseIterable, Hashable {
    /// The handful of headline KPIs against target, with status and trend.
    case overview
    /// Socio-economic indicators against the annual plan.
    case socioEconomic = "socio_economic"
    /// Administrative dossiers: the city's on-time rate and the agencies ranked.
    case government
    /// Citizen feedback: routing and overdue cases by agency.
    case feedback
    /// Public order and traffic: open incidents by type and the most congested corridors.
    case publicOrder = "public_order"
    /// Environment: VN_AQI by station, water levels and rainfall.
    case environment
    /// Open alarms by priority and the top risks.
    case alarms
    /// Operating scenario runs open now: what is being done, by whom, what is late (drills marked, never counted).
    case runs
    /// Leaders' directives with their deadlines.
    case directives

    /// The data domain the slide shows; nil for the overview (its tiles are filtered one by one) and the alarms.
    public var domain: Pillar? {
        switch self {
        case .socioEconomic: return .socioEconomic
        case .government: return .government
        case .feedback: return .feedback
        case .publicOrder, .environment: return .publicOrder
        case .directives: return .directives
        case .overview, .alarms, .runs: return nil
        }
    }
}
