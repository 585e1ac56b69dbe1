/// Which agency code plays each operational role in a city (the codes differ little between cities).
struct AgencyRoles: Sendable {
    var drainage = "CTTN"
    var waterSupply = "CTCN"
    var power = "CTDL"
    var urbanEnvironment = "CTMT"
    var police = "CATP"
    var construction = "SXD"
    var environment = "SNNMT"
    var finance = "STC"
    var health = "SYT"
    var military = "BCHQS"
    var office = "VPUB"
    var industrialZones = "BQLKKT"
    var culture = "SVHTT"
    var tourism = "SDL"
}
