import Foundation
@testable import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// The status bar at every width × content: the alarm count and a pending handover's marker are never dropped, the
/// shift always shows, the clock at the right is never cut, and a long on-duty name is what gets shortened.
final class StatusBarFittingTests: XCTestCase {
    private let now = ConsoleFixture.now
    private let longName = "Tôn Nữ Thị Phương Thảo Nguyễn"

    private func bar(width: Int, language: Language, name: String, pending: Bool, alarms: Bool = true) -> String {
        var m = ConsoleFixture.model(width: width, height: 40, language: language)
        if alarms {
            var d = ConsoleFixture.dashboard
            d.alarms = [ConsoleFixture.alarm("a", state: .unacknowledged, priority: .high, message: "Sở Xây dựng: 8 hồ sơ đã quá hạn"),
                        ConsoleFixture.alarm("b", agency: "STP", state: .unacknowledged, priority: .medium, message: "Sở Tư pháp: 2 hồ sơ sắp trễ hạn")]
            _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        }
        m.showsDuty = true
        let actor = Actor(name: name, role: .operator)
        let record = pending
            ? HandoverRecord(id: 7, shiftID: "2026-11-18 14:00", outgoing: actor, startedAt: now, overallStatus: .busy,
                             narrative: "Mưa lớn.", sections: HandoverSections())
            : nil
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: actor, since: now.addingTimeInterval(-3600)), pending: record))
        return ConsoleView.render(m).rowText(0)
    }

    func testEveryWidthKeepsTheAlarmCountTheHandoverMarkerAndTheShift() {
        for width in [80, 100, 132, 200] {
            for language in [Language.vi, .en] {
                for name in ["Nguyễn Văn An", longName] {
                    for pending in [false, true] {
                        let row = bar(width: width, language: language, name: name, pending: pending)
                        let label = "\(width) \(language) \(name) pending=\(pending): \(row)"
                        let count = language == .vi ? ["CB 2", "Cảnh báo chưa XN 2"] : ["Al 2", "Unacked alarms 2"]
                        XCTAssertTrue(count.contains { row.contains($0) }, "the alarm count: " + label)
                        if pending { XCTAssertTrue(row.contains("⇄#7") || row.contains("#7"), "the handover marker: " + label) }
                        XCTAssertTrue(row.contains(language == .vi ? "ca 14" : "shift 14"), "the shift: " + label)
                        XCTAssertTrue(row.contains(language == .vi ? "Trực: " : "On duty: "), "who is on duty: " + label)
                        XCTAssertTrue(row.contains(String(name.prefix(6))), "the start of the name: " + label)
                        XCTAssertTrue(row.trimmingCharacters(in: .whitespaces).hasSuffix("18:06:40")
                                      || row.trimmingCharacters(in: .whitespaces).hasSuffix("18:06:40 UTC+7"),
                                      "the clock is never cut: " + label)
                        if width >= 132 {
                            XCTAssertTrue(row.contains("14:00–22:00"), "the shift's full hours from 132 columns: " + label)
                        }
                        if width >= 200 { XCTAssertTrue(row.contains(name), "the whole name at 200 columns: " + label) }
                    }
                }
            }
        }
    }

    /// A failing background job is state on the bar at every width, beside the alarm count, until it recovers.
    func testAFailingBackgroundJobStaysOnTheBarUntilItRecovers() {
        let failing = [BackgroundFailure(job: .alarmCycle, error: "database is locked", since: now, consecutive: 3)]
        for width in [80, 132, 200] {
            for language in [Language.vi, .en] {
                var m = ConsoleFixture.model(width: width, height: 40, language: language)
                _ = ConsoleUpdate.update(&m, .backgroundHealth(failing))
                let row = ConsoleView.render(m).rowText(0)
                let wide = language == .vi ? "✖ Lỗi nền: chu trình cảnh báo" : "✖ Failing: alarm cycle"
                let short = language == .vi ? "✖nền1" : "✖bg1"
                XCTAssertTrue(row.contains(wide) || row.contains(short), "\(width) \(language): \(row)")
                if width >= 200 { XCTAssertTrue(row.contains(wide), "in words at 200 columns: \(row)") }
                let count = language == .vi ? ["CB 0", "Cảnh báo chưa XN 0"] : ["Al 0", "Unacked alarms 0"]
                XCTAssertTrue(count.contains { row.contains($0) }, "the alarm count stays: \(row)")
                _ = ConsoleUpdate.update(&m, .backgroundHealth([]))
                let recovered = ConsoleView.render(m).rowText(0)
                XCTAssertFalse(recovered.contains(wide) || recovered.contains(short), "gone once it recovers: \(recovered)")
            }
        }
    }

    /// With no dashboard yet and no one on duty, the bar still shows the city and the clock.
    func testBeforeTheFirstLoad() {
        var m = ConsoleModel(layout: ConsoleFixture.layout, theme: .builtInMonochrome, language: .vi, cityName: "Hải Phòng",
                             width: 80, height: 24, now: now)
        m.showsDuty = false
        let row = ConsoleView.render(m).rowText(0)
        XCTAssertTrue(row.hasPrefix("IOC HẢI PHÒNG"), row)
        XCTAssertTrue(row.contains("18:06:40"), row)
    }
}
