import Foundation
import IOCDomain

/// Turns the sourced rows of `indicators.csv` into the city's socio-economic series (pillar socioEconomic).
/// For each indicator the latest row of the city wins; an indicator the file lacks for a city is not simulated.
enum IndicatorCatalog {
    /// How one CSV indicator becomes a series.
    struct Spec {
        let csvNames: [String]
        let key: String
        let name: String
        let nameEN: String
        let unit: String
        let agency: String
        let direction: Direction
        let cumulative: Bool
        /// Multiplies the CSV value into `unit` (e.g. trillion → billion VND).
        let scale: Double
        /// A target not derived from the data (a design choice, see the report), if any.
        let fixedTarget: Double?
    }

    static let specs: [Spec] = [
        Spec(csvNames: ["GRDP growth"], key: "kt.grdp_growth", name: "Tăng trưởng GRDP", nameEN: "GRDP growth",
             unit: "%", agency: "STC", direction: .higherIsBetter, cumulative: false, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["State budget revenue"], key: "kt.budget_revenue_ytd", name: "Thu ngân sách lũy kế",
             nameEN: "Budget revenue year to date", unit: "tỷ đồng", agency: "STC", direction: .higherIsBetter,
             cumulative: true, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["FDI attracted"], key: "kt.fdi_ytd", name: "Vốn FDI thu hút lũy kế",
             nameEN: "FDI attracted year to date", unit: "tỷ USD", agency: "STC", direction: .higherIsBetter,
             cumulative: true, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["CPI annual average", "CPI"], key: "kt.cpi", name: "Chỉ số giá tiêu dùng (CPI)",
             nameEN: "Consumer price index (CPI)", unit: "%", agency: "STC", direction: .lowerIsBetter,
             cumulative: false, scale: 1, fixedTarget: 4.5),
        Spec(csvNames: ["IIP growth"], key: "kt.iip_growth", name: "Tăng trưởng IIP", nameEN: "IIP growth",
             unit: "%", agency: "SCT", direction: .higherIsBetter, cumulative: false, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["Exports"], key: "kt.exports_ytd", name: "Kim ngạch xuất khẩu lũy kế",
             nameEN: "Exports year to date", unit: "tỷ USD", agency: "SCT", direction: .higherIsBetter,
             cumulative: true, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["Retail sales"], key: "kt.retail_ytd", name: "Tổng mức bán lẻ hàng hóa lũy kế",
             nameEN: "Retail sales year to date", unit: "tỷ đồng", agency: "SCT", direction: .higherIsBetter,
             cumulative: true, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["Retail and consumer services"], key: "kt.retail_ytd", name: "Tổng mức bán lẻ hàng hóa lũy kế",
             nameEN: "Retail sales year to date", unit: "tỷ đồng", agency: "SCT", direction: .higherIsBetter,
             cumulative: true, scale: 1000, fixedTarget: nil),
        Spec(csvNames: ["Tourist arrivals"], key: "kt.tourists_ytd", name: "Lượt khách du lịch lũy kế",
             nameEN: "Tourist arrivals year to date", unit: "triệu lượt", agency: "SDL", direction: .higherIsBetter,
             cumulative: true, scale: 1, fixedTarget: nil),
        Spec(csvNames: ["Administrative service index (766)"], key: "kt.service_index_766",
             name: "Chỉ số phục vụ người dân, doanh nghiệp (766)", nameEN: "Service index (Decision 766)",
             unit: "điểm", agency: "VPUB", direction: .higherIsBetter, cumulative: false, scale: 1, fixedTarget: nil),
    ]

    static func indicators(for city: City, rows: [[String: String]]) throws -> [PeriodIndicator] {
        let cityRows = rows.filter { $0["city"] == city.indicatorsName }
        var result: [PeriodIndicator] = []
        for spec in specs {
            guard let row = cityRows.last(where: { spec.csvNames.contains($0["indicator"] ?? "") }),
                  let raw = row["value"].flatMap(Double.init) else { continue }
            let months = anchorMonths(row["period"] ?? "")
            let value = raw * spec.scale
            var target = spec.fixedTarget
            if spec.cumulative, let share = percentOfEstimate(row["note"] ?? "") {
                // "110.5% of estimate" over the anchor months → the annual plan.
                target = (value / (share / 100)).rounded()
            }
            let agency = spec.agency == "SDL" ? CityCatalog.catalog(for: city).roles.tourism : spec.agency
            let definition = SeriesDefinition(
                key: spec.key, pillar: .socioEconomic, name: TextSanitizer.clean(spec.name), nameEN: spec.nameEN,
                unit: TextSanitizer.clean(spec.unit), agencyCode: agency, target: target, direction: spec.direction,
                warnAbove: spec.direction == .lowerIsBetter ? spec.fixedTarget : nil)
            if result.contains(where: { $0.definition.key == spec.key }) { continue }
            result.append(PeriodIndicator(definition: definition, anchorValue: value, anchorMonths: months,
                                          cumulative: spec.cumulative))
        }
        return result
    }

    /// Months a period covers: "Jan-Oct 2025" → 10, "2024" or "2025 est." → 12.
    static func anchorMonths(_ period: String) -> Int {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard period.hasPrefix("Jan-") else { return 12 }
        let end = period.dropFirst(4).prefix(3)
        return (months.firstIndex(of: String(end)) ?? 11) + 1
    }

    /// The "NNN.N% of … estimate" share in a note, if any.
    static func percentOfEstimate(_ note: String) -> Double? {
        guard note.contains("estimate"), let percent = note.firstIndex(of: "%") else { return nil }
        let number = note[..<percent].reversed().prefix { $0.isNumber || $0 == "." }
        return Double(String(number.reversed()))
    }
}
