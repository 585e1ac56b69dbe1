import Foundation
import IOCDomain

/// Everything the simulator knows about a city: its real wards, its agencies, the roads, stations and gauges it
/// measures, and its socio-economic indicators anchored on sourced figures.
public struct CityModel: Sendable {
    public let city: City
    public let wards: [Ward]
    public let agencies: [Agency]
    public let corridors: [Corridor]
    public let stations: [AirStation]
    public let gauges: [FloodGauge]
    public let indicators: [PeriodIndicator]
    /// Operational roles → agency codes.
    let roles: AgencyRoles
    let feedbackChannels: [String]

    /// Loads the city from the bundled admin-units and indicators data and the built-in catalogue.
    public static func load(_ city: City) throws -> CityModel {
        let units = try BundledTable.rows("admin-units-hanoi-haiphong")
        let wards = units.compactMap { row -> Ward? in
            guard row["province_code"] == city.provinceCode, let code = row["unit_code"], let name = row["unit_name"],
                  let type = row["unit_type"] else { return nil }
            return Ward(code: code, name: TextSanitizer.clean(name), type: TextSanitizer.clean(type),
                        provinceCode: city.provinceCode)
        }
        guard !wards.isEmpty else { throw CityModelError.noWards(city.displayName) }
        let codeByName = Dictionary(wards.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        func ward(_ name: String) throws -> String {
            guard let code = codeByName[TextSanitizer.clean(name)] else {
                throw CityModelError.unknownWard(city: city.displayName, name: name)
            }
            return code
        }
        let catalog = CityCatalog.catalog(for: city)
        let corridors = try catalog.corridors.map {
            Corridor(slug: $0.slug, name: TextSanitizer.clean($0.name), wardCode: try ward($0.ward),
                     freeFlowKmh: $0.freeFlowKmh, baseCongestion: $0.base, rushAmplitude: $0.rush)
        }
        let stations = try catalog.stations.map { spec -> AirStation in
            let short = spec.ward.replacingOccurrences(of: "Phường ", with: "")
            return AirStation(slug: spec.slug, name: TextSanitizer.clean("Trạm " + short), wardCode: try ward(spec.ward),
                              baseAQI: spec.baseAQI)
        }
        let gauges = try catalog.gauges.map {
            FloodGauge(slug: $0.slug, name: TextSanitizer.clean($0.name), wardCode: try ward($0.ward),
                       baseLevelCm: $0.baseCm, tideAmplitudeCm: $0.tideCm, rainGain: $0.rainGain)
        }
        let agencies = catalog.agencies.map {
            Agency(code: $0.code, name: TextSanitizer.clean($0.name), nameEN: TextSanitizer.clean($0.nameEN))
        }
        let indicators = try IndicatorCatalog.indicators(for: city, rows: BundledTable.rows("indicators"))
        return CityModel(city: city, wards: wards, agencies: agencies, corridors: corridors, stations: stations,
                         gauges: gauges, indicators: indicators, roles: catalog.roles,
                         feedbackChannels: catalog.feedbackChannels.map { TextSanitizer.clean($0) })
    }
}
