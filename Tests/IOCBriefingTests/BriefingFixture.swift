import Foundation
import IOCBriefing
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCTestSupport

/// A hand-made city for briefing tests: fixed time, four agencies, three stations, two corridors, alarms and
/// directives in every state the slides show.
enum BriefingFixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 18:06:40 UTC+7
    static let hour: TimeInterval = 3600

    static var layout: BriefingLayout {
        let path = ProductsDirectory.repositoryRoot().appendingPathComponent("Layouts/briefing.yaml").path
        return try! BriefingLayoutFile.load(path: path)
    }

    static var theme: Theme {
        let path = ProductsDirectory.repositoryRoot().appendingPathComponent("Themes/briefing.yaml").path
        return try! ThemeFile.load(path: path)
    }

    static func model(width: Int = 160, height: Int = 48, slide: Int = 0, language: Language = .vi) -> BriefingModel {
        var m = BriefingModel(layout: layout, theme: theme, language: language, cityName: "Hải Phòng",
                              width: width, height: height, now: now)
        BriefingUpdate.update(&m, .dashboardLoaded(dashboard))
        m.slide = slide
        return m
    }

    static func reading(_ key: String, _ pillar: Pillar, _ name: String, _ nameEN: String, unit: String, value: Double,
                        history: [Double], target: Double? = nil, direction: Direction = .neutral,
                        warnAbove: Double? = nil, warnBelow: Double? = nil) -> KPIReading {
        KPIReading(definition: SeriesDefinition(key: key, pillar: pillar, name: name, nameEN: nameEN, unit: unit,
                                                target: target, direction: direction, warnAbove: warnAbove, warnBelow: warnBelow),
                   latest: value, latestAt: now.addingTimeInterval(-2), history: history, sourceID: "simulator")
    }

    static var dashboard: DashboardSnapshot {
        let source = SourceHealth(sourceID: "simulator", name: "Mô phỏng Hải Phòng", kind: "simulator", status: .ok,
                                  lastAttemptAt: now.addingTimeInterval(-2), lastSuccessAt: now.addingTimeInterval(-2),
                                  intervalSeconds: 1)
        let socio = [
            reading("kt.grdp_growth", .socioEconomic, "Tăng trưởng GRDP", "GRDP growth", unit: "%", value: 11.81,
                    history: [10.2, 11.0, 11.81], direction: .higherIsBetter),
            reading("kt.budget_revenue_ytd", .socioEconomic, "Thu ngân sách lũy kế", "Budget revenue year to date",
                    unit: "tỷ đồng", value: 172_304, history: [150_000, 172_304], target: 147_398, direction: .higherIsBetter),
            reading("kt.fdi_ytd", .socioEconomic, "Vốn FDI thu hút lũy kế", "FDI attracted year to date", unit: "tỷ USD",
                    value: 4.15, history: [3.9, 4.15], direction: .higherIsBetter),
            reading("kt.cpi", .socioEconomic, "Chỉ số giá tiêu dùng (CPI)", "Consumer price index (CPI)", unit: "%",
                    value: 3.17, history: [3.3, 3.17], target: 4.5, direction: .lowerIsBetter, warnAbove: 4.5),
            reading("kt.exports_ytd", .socioEconomic, "Kim ngạch xuất khẩu lũy kế", "Exports year to date", unit: "tỷ USD",
                    value: 36.3, history: [33.4, 36.3], target: 40, direction: .higherIsBetter),
            reading("kt.iip_growth", .socioEconomic, "Tăng trưởng IIP", "IIP growth", unit: "%", value: 15.5,
                    history: [15.5, 15.5], direction: .higherIsBetter),
        ]
        let order = [
            reading("aqi.station.le_chan", .publicOrder, "VN_AQI – Trạm Lê Chân", "VN_AQI – Lê Chân station", unit: "VN_AQI",
                    value: 183, history: [150, 170, 183], direction: .lowerIsBetter, warnAbove: 100),
            reading("aqi.station.kien_an", .publicOrder, "VN_AQI – Trạm Kiến An", "VN_AQI – Kiến An station", unit: "VN_AQI",
                    value: 106, history: [110, 106], direction: .lowerIsBetter, warnAbove: 100),
            reading("aqi.station.do_son", .publicOrder, "VN_AQI – Trạm Đồ Sơn", "VN_AQI – Đồ Sơn station", unit: "VN_AQI",
                    value: 42, history: [42, 42], direction: .lowerIsBetter, warnAbove: 100),
            reading("traffic.congestion.lach_tray", .publicOrder, "Chỉ số ùn tắc – Đường Lạch Tray",
                    "Congestion index – Lạch Tray road", unit: "/10", value: 7.4, history: [6, 7.4], warnAbove: 7),
            reading("traffic.speed.lach_tray", .publicOrder, "Tốc độ trung bình – Đường Lạch Tray",
                    "Mean speed – Lạch Tray road", unit: "km/h", value: 14, history: [18, 14], warnBelow: 15),
            reading("traffic.congestion.ton_duc_thang", .publicOrder, "Chỉ số ùn tắc – Đường Tôn Đức Thắng",
                    "Congestion index – Tôn Đức Thắng road", unit: "/10", value: 3.2, history: [3.5, 3.2], warnAbove: 7),
            reading("traffic.speed.ton_duc_thang", .publicOrder, "Tốc độ trung bình – Đường Tôn Đức Thắng",
                    "Mean speed – Tôn Đức Thắng road", unit: "km/h", value: 38, history: [36, 38], warnBelow: 15),
            reading("water.level.tam_bac", .publicOrder, "Mực nước – Sông Tam Bạc", "Water level – Tam Bạc river",
                    unit: "cm", value: 182, history: [170, 182], warnAbove: 250),
            reading("weather.rainfall", .publicOrder, "Lượng mưa", "Rainfall", unit: "mm/h", value: 12.5, history: [8, 12.5],
                    warnAbove: 30),
        ]
        let incident = CityEvent(kind: .incident, externalID: "SC-1", title: "Tai nạn giao thông", status: .open,
                                 category: "traffic_accident", openedAt: now.addingTimeInterval(-1_200), updatedAt: now)
        let directives = [
            EventSummary(event: CityEvent(kind: .directive, externalID: "CD-01",
                                          title: "Chủ tịch UBND TP chỉ đạo khắc phục ngập úng tại phường Lê Chân",
                                          status: .open, agencyCode: "SXD", openedAt: now.addingTimeInterval(-240 * hour),
                                          dueAt: now.addingTimeInterval(-50 * hour), updatedAt: now, progress: 70),
                         sourceID: "simulator", agencyName: "Sở Xây dựng"),
            EventSummary(event: CityEvent(kind: .directive, externalID: "CD-02",
                                          title: "Phó Chủ tịch UBND TP chỉ đạo giảm hồ sơ trễ hạn về đất đai",
                                          status: .inProgress, agencyCode: "SNNMT", openedAt: now.addingTimeInterval(-100 * hour),
                                          dueAt: now.addingTimeInterval(5 * hour), updatedAt: now, progress: 40),
                         sourceID: "simulator", agencyName: "Sở Nông nghiệp và Môi trường"),
            EventSummary(event: CityEvent(kind: .directive, externalID: "CD-03",
                                          title: "Chủ tịch UBND TP chỉ đạo tổ chức đối thoại với doanh nghiệp FDI",
                                          status: .open, agencyCode: "STC", openedAt: now.addingTimeInterval(-10 * hour),
                                          dueAt: now.addingTimeInterval(300 * hour), updatedAt: now, progress: 10),
                         sourceID: "simulator", agencyName: "Sở Tài chính"),
        ]
        var d = DashboardSnapshot(
            readAt: now, lastWriteAt: now.addingTimeInterval(-2), socioEconomic: socio, publicOrder: order,
            openIncidentsByCategory: ["traffic_accident": 2, "flooding": 1, "congestion": 3],
            recentIncidents: [EventSummary(event: incident, sourceID: "simulator", wardName: "Phường Lê Chân")],
            government: [
                AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 429, inProgress: 219, doneEarly: 100,
                                  doneOnTime: 69, doneLate: 20, lateInProgress: 21, dueSoon: 8),
                AgencyPerformance(agencyCode: "STP", agencyName: "Sở Tư pháp", workload: 228, inProgress: 71, doneEarly: 80,
                                  doneOnTime: 71, doneLate: 2, lateInProgress: 4, dueSoon: 3),
                AgencyPerformance(agencyCode: "STC", agencyName: "Sở Tài chính", workload: 406, inProgress: 27, doneEarly: 300,
                                  doneOnTime: 76, doneLate: 3, lateInProgress: 4, dueSoon: 3),
                AgencyPerformance(agencyCode: "SNNMT", agencyName: "Sở Nông nghiệp và Môi trường", workload: 310, inProgress: 90,
                                  doneEarly: 120, doneOnTime: 85, doneLate: 9, lateInProgress: 6, dueSoon: 5),
            ],
            feedback: [
                FeedbackSummary(agencyCode: "STP", agencyName: "Sở Tư pháp", received: 40, routed: 40, inProgress: 5, resolved: 35),
                FeedbackSummary(agencyCode: "SXD", agencyName: "Sở Xây dựng", received: 429, routed: 427, inProgress: 93,
                                resolved: 328, overdue: 6, dueSoon: 3),
                FeedbackSummary(agencyCode: "CAHP", agencyName: "Công an thành phố", received: 117, routed: 117, inProgress: 24,
                                resolved: 93, overdue: 5, dueSoon: 1),
            ],
            directives: directives, sources: [source],
            eventSources: [.dossier: ["simulator"], .feedback: ["simulator"], .directive: ["simulator"], .incident: ["simulator"]])
        d.directiveCounts = EventCounts(total: 12, open: 9, overdue: 1, dueSoon: 1)
        d.alarms = [
            alarm("aqi-high", subject: "aqi.le_chan", priority: .high, state: .unacknowledged,
                  message: "VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150", agency: "SNNMT", minutesAgo: 25),
            alarm("dossier-late", subject: "SXD", priority: .medium, state: .acknowledged,
                  message: "Sở Xây dựng: 21 hồ sơ trễ hạn", agency: "SXD", minutesAgo: 180),
            alarm("directive-overdue", subject: "CD-01", priority: .high, state: .acknowledged,
                  message: "Chỉ đạo CD-01 quá hạn 2 ngày", agency: "SXD", minutesAgo: 3000),
            alarm("congestion", subject: "lach_tray", priority: .low, state: .unacknowledged,
                  message: "Ùn tắc Đường Lạch Tray 7,4/10", agency: "SXD", minutesAgo: 5),
            alarm("stale", subject: "water.tam_bac", priority: .low, state: .shelved,
                  message: "Mực nước Sông Tam Bạc không cập nhật", agency: "SXD", minutesAgo: 50),
        ]
        d.runs = [run(id: "KB4", exercise: false, minutesAgo: 45), run(id: "DT5", exercise: true, minutesAgo: 10)]
        return d
    }

    /// A waterlogging run started `minutesAgo` (its pumps step done, its diversion late), or a drill of it.
    static func run(id: String, exercise: Bool, minutesAgo: Double) -> ScenarioRun {
        let template = ScenarioTemplate(
            id: "waterlogging", version: 1, approval: ScenarioApproval(by: "IOC", on: "2026-12-07"),
            title: BilingualText(vi: "Ngập úng đô thị sau mưa lớn", en: "Urban waterlogging after heavy rain"), hazard: "waterlogging",
            triggers: [.manual], start: .automatic,
            stages: [ScenarioStage(id: "respond", title: BilingualText(vi: "Ứng phó"), steps: [
                ScenarioStep(id: "pumps", title: BilingualText(vi: "Vận hành trạm bơm", en: "Run the pumps"), owner: "CTTN", due: .after(1800)),
                ScenarioStep(id: "divert", title: BilingualText(vi: "Phân luồng giao thông", en: "Divert traffic"), owner: "CATP",
                             due: .after(1800)),
                ScenarioStep(id: "report", title: BilingualText(vi: "Báo cáo độ sâu ngập", en: "Report the depth"), owner: "CTTN",
                             due: .after(7200)),
            ])])
        let start = now.addingTimeInterval(-minutesAgo * 60)
        var run = ScenarioRunMachine.start(template, id: id, at: start, by: .system, alarmID: nil, exercise: exercise, byHand: false).0
        run = ScenarioRunMachine.apply(.completeStep("pumps", by: Actor(name: "Lan", role: .operator), at: start.addingTimeInterval(600),
                                                     evidence: .none), to: run).run ?? run
        run = ScenarioRunMachine.apply(.tick(at: now), to: run).run ?? run
        return run
    }

    static func alarm(_ rule: String, subject: String, priority: AlarmPriority, state: AlarmState, message: String,
                      agency: String, minutesAgo: Double) -> Alarm {
        var a = AlarmStateMachine.newAlarm(ruleID: rule, subject: subject, kind: .threshold, priority: priority,
                                           message: message, at: now.addingTimeInterval(-minutesAgo * 60), agencyCode: agency)
        a.state = state
        a.conditionActive = true
        a.activeSince = now.addingTimeInterval(-minutesAgo * 60)
        return a
    }
}
