import IOCDomain

extension SimulatorConnector {
    /// Every series the simulator writes: live measurements, today's counters and the socio-economic indicators.
    static func seriesDefinitions(_ model: CityModel, rivers: [WaterLevelStation] = []) -> [SeriesDefinition] {
        let roles = model.roles
        var result: [SeriesDefinition] = []
        for corridor in model.corridors {
            result.append(SeriesDefinition(
                key: "traffic.congestion." + corridor.slug, pillar: .publicOrder,
                name: "Chỉ số ùn tắc – \(corridor.name)", nameEN: "Congestion index – \(corridor.name)",
                unit: "/10", agencyCode: roles.construction, wardCode: corridor.wardCode, direction: .lowerIsBetter,
                warnAbove: 7))
            result.append(SeriesDefinition(
                key: "traffic.speed." + corridor.slug, pillar: .publicOrder,
                name: "Tốc độ trung bình – \(corridor.name)", nameEN: "Mean speed – \(corridor.name)",
                unit: "km/h", agencyCode: roles.construction, wardCode: corridor.wardCode,
                direction: .higherIsBetter, warnBelow: 15))
        }
        for station in model.stations {
            result.append(SeriesDefinition(
                key: "aqi.station." + station.slug, pillar: .publicOrder, name: "VN_AQI – \(station.name)",
                nameEN: "VN_AQI – \(station.name)", unit: "VN_AQI", agencyCode: roles.environment,
                wardCode: station.wardCode, direction: .lowerIsBetter, warnAbove: 100))
        }
        for gauge in model.gauges {
            result.append(SeriesDefinition(
                key: "water.level." + gauge.slug, pillar: .publicOrder, name: "Mực nước – \(gauge.name)",
                nameEN: "Water level – \(gauge.name)", unit: "cm", agencyCode: roles.drainage,
                wardCode: gauge.wardCode, direction: .lowerIsBetter, warnAbove: gauge.alertLevelCm))
        }
        for station in rivers {
            // Shown against báo động I; the `water_level` rule reads all three levels.
            result.append(SeriesDefinition(
                key: station.seriesKey, pillar: .publicOrder, name: "Mực nước – \(station.name)",
                nameEN: "Water level – \(station.name(.en))", unit: "m", agencyCode: roles.environment,
                direction: .lowerIsBetter, warnAbove: station.levels.values.min()))
        }
        result.append(SeriesDefinition(
            key: "weather.rainfall", pillar: .publicOrder, name: "Lượng mưa", nameEN: "Rainfall", unit: "mm/h",
            agencyCode: roles.environment, direction: .neutral, warnAbove: 30))
        result.append(SeriesDefinition(
            key: "gov.dossiers_received_today", pillar: .government, name: "Hồ sơ tiếp nhận hôm nay",
            nameEN: "Dossiers received today", unit: "hồ sơ", agencyCode: "TTPVHCC", direction: .neutral))
        result.append(SeriesDefinition(
            key: "feedback.received_today", pillar: .feedback, name: "Phản ánh tiếp nhận hôm nay",
            nameEN: "Feedback received today", unit: "phản ánh", agencyCode: roles.office, direction: .neutral))
        result += model.indicators.map(\.definition)
        return result.map { definition in
            var clean = definition
            clean.name = TextSanitizer.clean(definition.name)
            clean.nameEN = TextSanitizer.clean(definition.nameEN)
            clean.unit = TextSanitizer.clean(definition.unit)
            return clean
        }
    }
}
