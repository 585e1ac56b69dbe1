import Foundation
@testable import IOCDomain
import XCTest

/// The English handover (`ioc handover export --lang en`) gives each alarm's English message, else its Vietnamese one.
extension HandoverMarkdownTests {
    func testEnglishHandoverUsesEachAlarmsEnglishMessage() throws {
        var r = HandoverFixture.record
        let open = try XCTUnwrap(r.sections.openAlarms.firstIndex { $0.id == "high-unack|s" })
        r.sections.openAlarms[open].messageEN = "Alarm high-unack in English"
        let shelved = try XCTUnwrap(r.sections.shelvedAlarms.firstIndex { $0.alarm.id == "shelved|s" })
        r.sections.shelvedAlarms[shelved].alarm.messageEN = "Shelved alarm in English"
        XCTAssertFalse(r.sections.staleAlarms.isEmpty)
        r.sections.staleAlarms[0].messageEN = "Stale alarm in English"
        let staleID = r.sections.staleAlarms[0].id

        let en = HandoverMarkdown.render(r, .en)
        XCTAssertTrue(en.contains("— Alarm high-unack in English (`high-unack|s`)"), en)
        XCTAssertTrue(en.contains("‖ Shelved — Shelved alarm in English (`shelved|s`) · reason: "), en)
        XCTAssertTrue(en.contains("] Stale alarm in English (`\(staleID)`)"), en)
        XCTAssertTrue(en.contains("× Out of service — Cảnh báo oos (`oos|s`)"), "no English text: the Vietnamese one")

        let vi = HandoverMarkdown.render(r)
        XCTAssertFalse(vi.contains("in English"), "the Vietnamese handover keeps the Vietnamese messages")
        XCTAssertTrue(vi.contains("‖ Tạm gác — Cảnh báo shelved (`shelved|s`)"), vi)
    }
}
