/// Why the simulator's city model could not be built from its bundled data.
public enum CityModelError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingResource(String)
    case unknownWard(city: String, name: String)
    case noWards(String)
    /// A city the simulator does not know (its code as given).
    case unknownCity(String)

    public var description: String {
        switch self {
        case .missingResource(let name): return "bundled resource \(name) not found"
        case .unknownWard(let city, let name): return "\(city): no ward named \(name) in the admin-units data"
        case .noWards(let city): return "\(city): the admin-units data has no wards"
        case .unknownCity(let code): return "no simulated city '\(code)'; expected one of: "
            + City.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }
}
