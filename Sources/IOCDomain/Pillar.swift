/// The four pillars an IOC watches, plus sectors and leaders' directives.
public enum Pillar: String, Sendable, Codable, CaseIterable, Hashable {
    case socioEconomic = "socio_economic"
    case publicOrder = "public_order"
    case government = "government"
    case feedback = "feedback"
    case sectors = "sectors"
    case directives = "directives"
}
