import Foundation
import IOCDomain

/// A small city state at handover time, shared by the handover tests.
enum HandoverFixture {
    static let now = Date(timeIntervalSince1970: 1_795_330_000)
    static let lan = Actor(name: "Lan", role: .operator)

    static func alarm(_ id: String, _ state: AlarmState, priority: AlarmPriority = .medium, since: TimeInterval = 600,
                      active: Bool = true) -> Alarm {
        var a = AlarmStateMachine.newAlarm(ruleID: id, subject: "s", kind: .threshold, priority: priority,
                                           message: "Cảnh báo \(id)", at: now.addingTimeInterval(-since), agencyCode: "SXD")
        a.state = state
        a.conditionActive = active
        a.activeSince = now.addingTimeInterval(-since)
        return a
    }

    static var snapshot: DashboardSnapshot {
        var d = DashboardSnapshot(readAt: now)
        var shelved = alarm("shelved", .shelved)
        shelved.shelveReason = "Bảo trì trạm đo"
        shelved.shelvedUntil = now.addingTimeInterval(1800)
        d.alarms = [
            alarm("low-ack", .acknowledged, priority: .low),
            alarm("high-unack", .unacknowledged, priority: .high),
            alarm("old", .acknowledged, priority: .medium, since: 30 * 3600),
            shelved,
            alarm("oos", .outOfService),
            alarm("rtn", .returnedUnacknowledged, priority: .emergency, active: false),
        ]
        d.sources = [
            SourceHealth(sourceID: "ok", name: "Tốt", kind: "sim", status: .ok),
            SourceHealth(sourceID: "deg", name: "Chập chờn", kind: "http", status: .degraded, lastSuccessAt: now.addingTimeInterval(-60)),
            SourceHealth(sourceID: "down", name: "Cổng DVC", kind: "http", status: .down, lastSuccessAt: now.addingTimeInterval(-3600),
                         lastError: "HTTP 503"),
        ]
        d.publicOrder = [
            KPIReading(definition: SeriesDefinition(key: "aqi.a", pillar: .publicOrder, name: "VN_AQI An Dương", nameEN: "AQI",
                                                    unit: "VN_AQI", warnAbove: 150), latest: 183, latestAt: now),
            KPIReading(definition: SeriesDefinition(key: "speed", pillar: .publicOrder, name: "Tốc độ Lạch Tray", nameEN: "Speed",
                                                    unit: "km/h", warnBelow: 15), latest: 9, latestAt: now),
            KPIReading(definition: SeriesDefinition(key: "fine", pillar: .publicOrder, name: "Mực nước", nameEN: "Level",
                                                    unit: "cm", warnAbove: 300), latest: 120, latestAt: now),
        ]
        d.government = [
            AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 10, lateInProgress: 2, dueSoon: 1),
            AgencyPerformance(agencyCode: "STP", agencyName: "Sở Tư pháp", workload: 10),
        ]
        d.feedback = [FeedbackSummary(agencyCode: "CA", agencyName: "Công an", received: 5, overdue: 4)]
        d.directives = [
            directive("CD-2", due: 7200, open: true),
            directive("CD-1", due: -3600, open: true),
            directive("CD-0", due: -7200, open: false),
        ]
        return d
    }

    static func directive(_ id: String, due: TimeInterval, open: Bool) -> EventSummary {
        EventSummary(event: CityEvent(kind: .directive, externalID: id, title: "Chỉ đạo \(id)", status: open ? .open : .closed,
                                      openedAt: now.addingTimeInterval(-86_400), dueAt: now.addingTimeInterval(due),
                                      updatedAt: now, progress: 40),
                     sourceID: "sim", agencyName: "Sở Xây dựng")
    }

    static func entry(_ id: Int64, _ text: String, corrects: Int64? = nil, late: Bool = false) -> LogEntry {
        let written = now.addingTimeInterval(TimeInterval(-3600 + Int(id) * 60))
        let draft = LogEntryDraft(author: lan, category: .event, text: text, eventAt: late ? written.addingTimeInterval(-1800) : written,
                                  writtenAt: written, alarmIDs: id == 1 ? ["high-unack|s"] : [], corrects: corrects)
        return LogEntry(id: id, shiftID: "2026-11-22 06:00", draft: draft, previousHash: LogChain.genesis, hash: "h\(id)")
    }

    static var entries: [LogEntry] {
        [entry(2, "Gọi Sở Xây dựng về ngập Lạch Tray"), entry(1, "Mưa lớn ở Lê Chân", late: true), entry(3, "Gọi Sở Xây dựng lúc 9 giờ", corrects: 2)]
    }

    static var record: HandoverRecord {
        HandoverRecord(id: 4, shiftID: "2026-11-22 06:00", outgoing: lan, startedAt: now, overallStatus: .busy,
                       narrative: "Mưa lớn buổi sáng.\nĐã báo Sở Xây dựng.",
                       sections: HandoverAssembly.sections(from: snapshot, entries: entries, overlayReasons: ["oos|s": "Cảm biến hỏng"], now: now))
    }
}
