import Foundation
import IOCConfig
import IOCScreenConfig
import IOCConsole
import IOCDomain
import IOCTestSupport

/// A small, hand-made city for console tests: fixed time, two agencies, one source, readings with history.
enum ConsoleFixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 11:06:40 UTC = 18:06:40 UTC+7
    static let hour: TimeInterval = 3600

    static var layout: LayoutSpec {
        let path = ProductsDirectory.repositoryRoot().appendingPathComponent("Layouts/operator.yaml").path
        return try! LayoutFile.load(path: path)
    }

    static func model(width: Int = 160, height: Int = 48, language: Language = .vi) -> ConsoleModel {
        var m = ConsoleModel(layout: layout, theme: .builtInMonochrome, language: language, cityName: "Hải Phòng",
                             width: width, height: height, now: now)
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(dashboard))
        return m
    }

    static var dashboard: DashboardSnapshot {
        let grdp = SeriesDefinition(key: "kt.grdp", pillar: .socioEconomic, name: "Tăng trưởng GRDP", nameEN: "GRDP growth",
                                    unit: "%", target: 12, direction: .higherIsBetter)
        let aqi = SeriesDefinition(key: "aqi.le_chan", pillar: .publicOrder, name: "VN_AQI – Trạm Lê Chân",
                                   nameEN: "VN_AQI – Lê Chân station", unit: "VN_AQI", warnAbove: 100)
        let speed = SeriesDefinition(key: "traffic.speed.lach_tray", pillar: .publicOrder, name: "Tốc độ – Lạch Tray",
                                     nameEN: "Speed – Lạch Tray", unit: "km/h", warnBelow: 15)
        let source = SourceHealth(sourceID: "simulator", name: "Mô phỏng Hải Phòng", kind: "simulator", status: .ok,
                                  lastAttemptAt: now.addingTimeInterval(-2), lastSuccessAt: now.addingTimeInterval(-2),
                                  intervalSeconds: 1)
        let broken = SourceHealth(sourceID: "pakn", name: "Hệ thống PAKN", kind: "http-json", status: .down,
                                  lastAttemptAt: now.addingTimeInterval(-5), lastSuccessAt: now.addingTimeInterval(-3 * hour),
                                  lastError: "HTTP 500", consecutiveFailures: 4, intervalSeconds: 30)
        let directive = CityEvent(kind: .directive, externalID: "CD-01", title: "Chủ tịch UBND TP chỉ đạo khắc phục ngập úng",
                                  status: .open, agencyCode: "SXD", openedAt: now.addingTimeInterval(-240 * hour),
                                  dueAt: now.addingTimeInterval(-2 * hour), updatedAt: now, progress: 70)
        return DashboardSnapshot(
            readAt: now, lastWriteAt: now.addingTimeInterval(-2),
            socioEconomic: [KPIReading(definition: grdp, latest: 11.81, latestAt: now, history: [10.2, 10.9, 11.4, 11.81], sourceID: "simulator")],
            publicOrder: [
                KPIReading(definition: aqi, latest: 162, latestAt: now, history: [80, 120, 162], sourceID: "simulator"),
                KPIReading(definition: speed, latest: 31.5, latestAt: now, history: [30, 33, 31.5], sourceID: "simulator"),
            ],
            openIncidentsByCategory: ["traffic_accident": 2, "flooding": 1],
            government: [
                AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 400, inProgress: 120, doneEarly: 100,
                                  doneOnTime: 160, doneLate: 20, lateInProgress: 8, dueSoon: 5),
                AgencyPerformance(agencyCode: "STP", agencyName: "Sở Tư pháp", workload: 200, inProgress: 40, doneEarly: 80,
                                  doneOnTime: 79, doneLate: 1, lateInProgress: 0, dueSoon: 1),
            ],
            feedback: [
                FeedbackSummary(agencyCode: "STP", agencyName: "Sở Tư pháp", received: 40, routed: 40, inProgress: 5, resolved: 35),
                FeedbackSummary(agencyCode: "SXD", agencyName: "Sở Xây dựng", received: 120, routed: 119, inProgress: 30,
                                resolved: 88, overdue: 4, dueSoon: 6),
            ],
            directives: [EventSummary(event: directive, sourceID: "simulator", agencyName: "Sở Xây dựng")],
            sources: [source, broken],
            eventSources: [.dossier: ["simulator"], .feedback: ["pakn"], .directive: ["simulator"], .incident: ["simulator"]])
    }

    static func alarm(_ id: String, subject: String = "s", kind: AlarmKind = .threshold, agency: String = "SXD", state: AlarmState,
                      priority: AlarmPriority, message: String, minutesAgo: Double = 10) -> Alarm {
        var a = AlarmStateMachine.newAlarm(ruleID: id, subject: subject, kind: kind, priority: priority, message: message,
                                           at: now.addingTimeInterval(-minutesAgo * 60), agencyCode: agency)
        a.state = state
        a.conditionActive = state != .returnedUnacknowledged
        a.activeSince = now.addingTimeInterval(-minutesAgo * 60)
        return a
    }

    /// The fixture city with three alarms, each alone in its (agency, kind): one unacknowledged, one acknowledged,
    /// one shelved.
    static func modelWithAlarms(width: Int = 160, height: Int = 48, role: OperatorRole = .operator) -> ConsoleModel {
        var m = model(width: width, height: height)
        m.actor = Actor(name: "Trần Thị Bình", role: role)
        var d = dashboard
        d.alarms = [
            alarm("aqi-high", state: .unacknowledged, priority: .high, message: "VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150"),
            alarm("flood", agency: "SNNMT", state: .acknowledged, priority: .emergency, message: "Mực nước Cầu Rào 182 cm vượt báo động"),
            alarm("speed", kind: .rateOfChange, state: .shelved, priority: .low, message: "Tốc độ Lạch Tray giảm nhanh"),
        ]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        m.focusIndex = m.activePanels.firstIndex { $0.kind == .alarms } ?? 0
        return m
    }

    /// The three deadline alarms of Sở Xây dựng (two unacknowledged, one acknowledged), oldest HS-002.
    static var deadlineAlarms: [Alarm] {
        [
            alarm("dossier-due", subject: "HS-001", kind: .deadline, state: .unacknowledged, priority: .high,
                  message: "Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)", minutesAgo: 20),
            alarm("dossier-due", subject: "HS-003", kind: .deadline, state: .unacknowledged, priority: .medium,
                  message: "Hồ sơ HS-003 sắp trễ hạn (còn 20 giờ)", minutesAgo: 5),
            alarm("dossier-due", subject: "HS-002", kind: .deadline, state: .acknowledged, priority: .medium,
                  message: "Hồ sơ HS-002 sắp trễ hạn (còn 9 giờ)", minutesAgo: 90),
        ]
    }

    /// The fixture city with five alarms in the store's order (state, priority, newest): an air-quality alarm of
    /// SNNMT, the three deadline alarms of SXD, and a water-level alarm of SXD. Outside a flood that is two
    /// singletons and one group of three; `raisedLast10Minutes` above 10 makes it a flood (grouped by agency).
    static func modelWithAlarmGroup(raisedLast10Minutes: Int = 3, chatteringIDs: [String] = [], width: Int = 160,
                                    height: Int = 48) -> ConsoleModel {
        var m = model(width: width, height: height)
        m.actor = Actor(name: "Trần Thị Bình", role: .operator)
        var d = dashboard
        let deadlines = deadlineAlarms
        d.alarms = [
            alarm("aqi-high", agency: "SNNMT", state: .unacknowledged, priority: .high,
                  message: "VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150", minutesAgo: 10),
            deadlines[0], deadlines[1],
            alarm("flood", state: .acknowledged, priority: .emergency, message: "Mực nước Cầu Rào 182 cm vượt báo động", minutesAgo: 30),
            deadlines[2],
        ]
        d.alarmLoad = AlarmLoad(raisedLast10Minutes: raisedLast10Minutes, averagePer10MinutesOver24Hours: 1.5, standingCount: 5,
                                staleIDs: [], chatteringIDs: chatteringIDs,
                                priorityMixLast24Hours: [.emergency: 1, .high: 2, .medium: 2, .low: 0])
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        m.focusIndex = m.activePanels.firstIndex { $0.kind == .alarms } ?? 0
        return m
    }

    static func feedbackCase(_ id: String, dueInHours: Double) -> EventSummary {
        EventSummary(event: CityEvent(kind: .feedback, externalID: id, title: "Rác thải ùn ứ tại ngõ 12 \u{1B}[2J", status: .inProgress,
                                      category: "môi trường", agencyCode: "SXD", wardCode: "11311",
                                      openedAt: now.addingTimeInterval(-50 * hour), dueAt: now.addingTimeInterval(dueInHours * hour),
                                      updatedAt: now), sourceID: "pakn", agencyName: "Sở Xây dựng", wardName: "Phường Lê Chân")
    }
}
