import Foundation
import IOCDomain
import XCTest

final class HandoverMarkdownTests: XCTestCase {
    let md = HandoverMarkdown.render(HandoverFixture.record)

    func testEverySectionHasItsHeadingInReviewOrder() {
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        XCTAssertEqual(headings, HandoverSection.allCases.map(\.titleVI))
        XCTAssertTrue(md.hasPrefix("# Biên bản giao ca #\(HandoverFixture.record.id) — ca 2026-11-22 06:00\n"), md)
    }

    /// The summary counts every section, so a printed first page alone tells what was handed over.
    func testSummaryCountsEverySection() {
        let s = HandoverFixture.record.sections
        let line = md.split(separator: "\n").first { $0.hasPrefix("- Tóm tắt: ") }.map(String.init) ?? ""
        for (count, words) in [(s.openAlarms.count, "cảnh báo mở"), (s.shelvedAlarms.count, "tạm gác/ngừng phục vụ"),
                               (s.staleAlarms.count, "tồn đọng >24 giờ"), (s.sourcesNotOK.count, "nguồn lỗi"),
                               (s.kpiBreaches.count, "chỉ số vượt ngưỡng"), (s.overdueByAgency.count, "cơ quan có việc quá hạn"),
                               (s.openDirectives.count, "chỉ đạo mở"), (s.logEntries.count, "mục nhật ký")] {
            XCTAssertTrue(line.contains("\(count) \(words)"), "\(words): \(line)")
        }
        XCTAssertGreaterThan(s.staleAlarms.count + s.kpiBreaches.count + s.overdueByAgency.count, 0, "the fixture has some")
        let en = HandoverMarkdown.render(HandoverFixture.record, .en)
        XCTAssertTrue(en.contains("\(s.kpiBreaches.count) KPI breaches · \(s.overdueByAgency.count) agencies with overdue work"), en)
    }

    func testEveryOpenAlarmShelvedItemWithReasonAndSourceDownAppears() {
        for id in ["rtn|s", "high-unack|s", "old|s", "low-ack|s"] { XCTAssertTrue(md.contains("(`\(id)`)"), id) }
        XCTAssertTrue(md.contains("‖ Tạm gác — Cảnh báo shelved (`shelved|s`) · lý do: Bảo trì trạm đo · đến"))
        XCTAssertTrue(md.contains("× Ngừng phục vụ — Cảnh báo oos (`oos|s`) · lý do: Cảm biến hỏng"))
        XCTAssertTrue(md.contains("✖ Mất kết nối — Cổng DVC (`down`) · lần tốt cuối: "))
        XCTAssertTrue(md.contains("· lỗi: HTTP 503"))
        XCTAssertTrue(md.contains("! Chập chờn — Chập chờn (`deg`)"))
    }

    func testEntriesShowCorrectionsBothWaysAndLateTimes() {
        let lines = md.split(separator: "\n").map(String.init)
        let original = lines.first { $0.hasPrefix("- **#2**") } ?? ""
        let correction = lines.first { $0.hasPrefix("- **#3**") } ?? ""
        XCTAssertTrue(original.contains("Gọi Sở Xây dựng về ngập Lạch Tray"))
        XCTAssertTrue(original.hasSuffix("— đã được sửa bởi #3"), original)
        XCTAssertTrue(correction.contains("· sửa mục #2: Gọi Sở Xây dựng lúc 9 giờ"), correction)
        let late = lines.first { $0.hasPrefix("- **#1**") } ?? ""
        XCTAssertTrue(late.contains("(ghi lúc "), late)
        XCTAssertTrue(late.contains("[cảnh báo high-unack|s]"), late)
        XCTAssertFalse(correction.contains("(ghi lúc "))
    }

    func testSummaryStatusNarrativeAndAcceptance() {
        var r = HandoverFixture.record
        XCTAssertTrue(md.contains("- Tình hình chung: **Bận**"))
        XCTAssertTrue(md.contains("> Mưa lớn buổi sáng.\n> Đã báo Sở Xây dựng."))
        XCTAssertTrue(md.contains("- Trạng thái: Chờ tiếp nhận"))
        r.state = .acceptedWithReservations
        r.incoming = Actor(name: "Minh", role: .supervisor)
        r.acceptedAt = HandoverFixture.now.addingTimeInterval(600)
        r.reservations = "Chưa rõ tình trạng trạm bơm"
        let accepted = HandoverMarkdown.render(r)
        XCTAssertTrue(accepted.contains("- Người nhận: Minh (trưởng ca) · tiếp nhận "))
        XCTAssertTrue(accepted.contains("- Bảo lưu: Chưa rõ tình trạng trạm bơm"))
        XCTAssertTrue(accepted.contains("- Trạng thái: Đã tiếp nhận có bảo lưu"))
    }

    func testEnglishRenderingHasTheSameItems() {
        let en = HandoverMarkdown.render(HandoverFixture.record, .en)
        let headings = en.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        XCTAssertEqual(headings, HandoverSection.allCases.map(\.titleEN))
        XCTAssertTrue(en.contains("- Overall status: **Busy**"))
        XCTAssertTrue(en.contains("‖ Shelved — Cảnh báo shelved (`shelved|s`) · reason: Bảo trì trạm đo · until "), en)
        XCTAssertTrue(en.contains("✖ Down — Cổng DVC (`down`) · last good poll: "))
        XCTAssertTrue(en.contains("· corrects #2: Gọi Sở Xây dựng lúc 9 giờ"))
        XCTAssertTrue(en.contains("- AQI: 183.0 VN_AQI above 150.0"), en)
        XCTAssertEqual(en.split(separator: "\n").count, md.split(separator: "\n").count, "one line for one line")
    }

    /// What people and sources wrote stays literal in Markdown: no emphasis, code, tags or headings of its own.
    func testTextFromPeopleIsEscaped() {
        var r = HandoverFixture.record
        r.narrative = "# Cầu *Rào* ngập\nxem `cam_1` <b>"
        r.reservations = "Trạm [2] chưa rõ"
        let md = HandoverMarkdown.render(r)
        XCTAssertTrue(md.contains("> \\# Cầu \\*Rào\\* ngập\n> xem \\`cam_1\\` \\<b>"), md)
        XCTAssertTrue(md.contains("- Bảo lưu: Trạm \\[2\\] chưa rõ"), md)
        XCTAssertEqual(HandoverMarkdown.escaped("Sở Xây dựng #2 a\\b"), "Sở Xây dựng #2 a\\\\b", "only a leading # is escaped")
    }

    func testEmptySectionsSaySo() {
        let r = HandoverRecord(id: 1, shiftID: "x", outgoing: HandoverFixture.lan, startedAt: HandoverFixture.now,
                               overallStatus: .quiet, narrative: "", sections: HandoverSections())
        XCTAssertEqual(HandoverMarkdown.lines(.sources, of: r), ["- (không có)"])
        XCTAssertTrue(HandoverMarkdown.render(r).contains("(không ghi)"))
    }
}
