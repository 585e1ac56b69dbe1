import Foundation
import IOCDomain

/// Air quality: each station's days in each VN_AQI band, the days without enough data, and the days Poor or worse
/// beside the period before; a calendar heat map of the days.
enum AirQualitySection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let title = lang.pick("Chất lượng không khí: số ngày theo mức VN_AQI", "Air quality: days in each VN_AQI band")
        guard !f.hidden.contains(.publicOrder) else {
            return ReportSection(id: "air_quality", title: title, withheld: ReportText.withheld(lang))
        }
        func label(_ b: AQICategory) -> String { lang.pick(b.labelVI, b.labelEN) }
        /// 0 Monday … 6 Sunday (`VietnamTime.weekday` counts from Sunday = 1).
        func weekday(_ day: Date) -> Int { (VietnamTime.weekday(day) + 5) % 7 }
        func name(_ s: AirQualityReport.Station) -> String { lang.pick(s.name, s.nameEN.isEmpty ? s.name : s.nameEN) }
        let keys = ["good", "moderate", "poor", "bad", "very_bad", "hazardous"]
        let table = ReportTable(
            id: "air_quality",
            columns: [ReportColumn("station_key", lang.pick("Mã", "Key"), numeric: false, readable: false),
                      ReportColumn("station", lang.pick("Trạm", "Station"), numeric: false)]
                + AQICategory.allCases.map { ReportColumn("days_" + keys[$0.rawValue], "\($0.rawValue + 1) " + label($0)) }
                + [ReportColumn("days_without_data", lang.pick("Thiếu số liệu", "No figure")),
                   ReportColumn("poor_or_worse_previous", lang.pick("Kém trở lên, kỳ trước", "Poor or worse, before"))],
            rows: f.airQuality.map { s in
                [.text(s.key), .text(name(s))] + AQICategory.allCases.map { .count(s.days(in: $0)) }
                    + [.count(s.daysWithoutData), .count(f.previousPoorAirDays[s.key] ?? 0)]
            })
        var charts: [ReportChart] = []
        if let first = f.airQuality.first?.days.first {
            let weekdays = lang == .vi ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            let monthStarts = (f.airQuality.first?.days ?? []).enumerated().compactMap { i, d -> (day: Int, label: String)? in
                let c = VietnamTime.components(d.start)
                return c.day == 1 || i == 0 ? (i, lang == .vi ? "T\(c.month)" : ReportText.monthShort(c.month)) : nil
            }
            charts.append(.calendar(ReportCalendarChart(
                title: lang.pick("Lịch chất lượng không khí theo ngày", "Air quality day by day"),
                rows: f.airQuality.map { s in
                    ReportCalendarChart.Row(label: name(s), days: s.days.enumerated().map { i, d in
                        .init(index: i, weekday: weekday(d.start), band: d.band,
                              tooltip: VietnamTime.isoDate(d.start) + ": " + (d.aqi.map { "VN_AQI \(Int($0.rounded())) " + label(AQICategory(aqi: $0)) }
                                                                               ?? lang.pick("thiếu số liệu", "no figure")))
                    })
                },
                firstWeekday: weekday(first.start), monthStarts: monthStarts, weekdayLabels: weekdays,
                bandLabels: AQICategory.allCases.map { ($0, label($0)) }, noDataLabel: lang.pick("Thiếu số liệu", "No figure"))))
        }
        return ReportSection(
            id: "air_quality", title: title, tables: [table], charts: charts,
            notes: [lang.pick(
                "VN_AQI ngày của một trạm: trung bình các giờ trong ngày khi có ít nhất \(AirQualityReport.hoursForADay) giờ có số liệu; ngày thiếu số liệu không được xếp mức. Mức theo Quyết định 1459/QĐ-TCMT: 1 Tốt (0–50), 2 Trung bình (51–100), 3 Kém (101–150), 4 Xấu (151–200), 5 Rất xấu (201–300), 6 Nguy hại (trên 300).",
                "A station's daily VN_AQI: the mean of the day's hours when at least \(AirQualityReport.hoursForADay) hours have a figure; a day without enough is not banded. Bands by Decision 1459/QĐ-TCMT: 1 Good (0–50), 2 Moderate (51–100), 3 Poor (101–150), 4 Bad (151–200), 5 Very bad (201–300), 6 Hazardous (over 300).")])
    }
}
