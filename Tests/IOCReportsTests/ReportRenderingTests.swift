import Foundation
import IOCDomain
import IOCReports
import XCTest

/// The report's forms from figures made here: what each shows, in both languages, and that the JSON and CSV are
/// what other programs can read (parsed back; RFC 4180 quoting; no formula injection).
final class ReportRenderingTests: XCTestCase {
    private func figures(hidden: [Pillar] = []) throws -> ReportFigures {
        let period = try ReportPeriod(.month, of: "2026-10")
        var alarms = AlarmReport(byPriority: (1...4).map { AlarmReport.PriorityFigures(priority: $0) }, intervals: 4464,
                                 peakPer10Minutes: 12, floodIntervals: 3)
        alarms.byPriority[0] = .init(priority: 1, annunciated: 4, acknowledged: 4, medianSecondsToAcknowledge: 95,
                                     p90SecondsToAcknowledge: 3_725)
        alarms.byPriority[2] = .init(priority: 3, annunciated: 40, acknowledged: 31, medianSecondsToAcknowledge: 30)
        var before = alarms
        before.byPriority[2].annunciated = 45
        let sxd = AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 200, inProgress: 30,
                                    doneEarly: 50, doneOnTime: 100, doneLate: 20, lateInProgress: 10,
                                    agencyNameEN: "Department of Construction")
        let odd = AgencyPerformance(agencyCode: "X|Y", agencyName: "=HYPERLINK(\"http://x\"), \"quoted\"", workload: 10,
                                    inProgress: 0, doneOnTime: 10)
        var sxdBefore = sxd
        sxdBefore.doneLate = 10
        var f = ReportFigures(period: period, readAt: period.end, alarms: alarms, previousAlarms: before,
                              dossiers: [sxd, odd], previousDossiers: [sxdBefore], hidden: hidden)
        let feedback = FeedbackSummary(agencyCode: "SXD", agencyName: "Sở Xây dựng", received: 30, routed: 27,
                                       inProgress: 10, resolved: 20, overdue: 4, agencyNameEN: "Department of Construction")
        f.feedback = [FeedbackReport.Agency(summary: feedback, medianHoursToResolve: 40.5)]
        var was = feedback
        was.received = 25
        was.overdue = 6
        f.previousFeedback = [FeedbackReport.Agency(summary: was)]
        return f
    }

    func testMarkdownSaysTheFiguresTheRulesAndTheChangeInBothLanguages() throws {
        let vi = try ReportFormat.md.render(try figures(), .vi)
        XCTAssertTrue(vi.hasPrefix("# Báo cáo hoạt động Trung tâm Giám sát, điều hành thông minh — tháng 10/2026\n"), vi)
        XCTAssertTrue(vi.contains("so với kỳ trước: tháng 9/2026"))
        XCTAssertTrue(vi.contains("| 3 Trung bình | 40 | 45 | −5 | 31 | 30 s | – |"), vi)
        XCTAssertTrue(vi.contains("| 1 Khẩn cấp | 4 | 4 | 0 | 4 | 1 ph 35 s | 1 h 02 ph |"), vi)
        XCTAssertTrue(vi.contains("| 1 | Sở Xây dựng | 200 | 170 | 50 | 100 | 20 | 30 | 10 | 85,0% | −5,0 đ.% |"), vi)
        XCTAssertTrue(vi.contains("X\\|Y") == false && vi.contains("=HYPERLINK(\"http://x\"), \"quoted\""), "names as data")
        XCTAssertTrue(vi.contains("| Thời gian ngập cảnh báo | 0,1% | 0,1% | < 1% | Đạt |"), vi)
        XCTAssertTrue(vi.contains("| Cao nhất trong 10 phút | 12 | 12 | ≤ 10 | ✗ Không đạt |"), vi)
        XCTAssertTrue(vi.contains("| Sở Xây dựng | 30 | 25 | 27 (90,0%) | 20 | 40 h 30 ph | 10 | 4 | 6 |"), vi)
        let en = try ReportFormat.md.render(try figures(), .en)
        XCTAssertTrue(en.hasPrefix("# IOC operations report — October 2026\n"), en)
        XCTAssertTrue(en.contains("| 1 | Department of Construction | 200 | 170 | 50 | 100 | 20 | 30 | 10 | 85.0% | −5.0 pp |"), en)
        XCTAssertTrue(en.contains("| Department of Construction | 30 | 25 | 27 (90.0%) | 20 | 40 h 30 min | 10 | 4 | 6 |"), en)
        for word in ["Báo cáo", "Cảnh báo", "Hồ sơ", "tháng", "Sở Xây"] {
            XCTAssertFalse(en.contains(word), "no Vietnamese UI text in English: \(word)")
        }
    }

    func testAHiddenDomainIsSaidAndItsSectionLeftOut() throws {
        let text = try ReportFormat.md.render(try figures(hidden: [.government]), .en)
        XCTAssertTrue(text.contains("⊘ Left out (not granted to this account): Government services (dossiers)"), text)
        XCTAssertFalse(text.contains("| 1 | Department of Construction | 200"), "no dossier row")
        XCTAssertTrue(text.contains("## 5. Administrative dossiers by agency\n\n⊘ Not granted to this account.\n"), text)
        XCTAssertTrue(text.contains("| Department of Construction | 30 |"), "feedback, another domain, is still shown")
        let json = try JSONSerialization.jsonObject(with: Data(try ReportFormat.json.render(try figures(hidden: [.government]), .en).utf8)) as? [String: Any]
        let dossiers = try XCTUnwrap((json?["sections"] as? [[String: Any]])?.first { $0["id"] as? String == "dossiers" })
        XCTAssertEqual(dossiers["withheld"] as? String, "⊘ Not granted to this account.")
        XCTAssertEqual((dossiers["tables"] as? [Any])?.count, 0)
        XCTAssertEqual(json?["hidden"] as? [String], ["government"])
    }

    func testJSONHasTheDocumentedShape() throws {
        let data = Data(try ReportFormat.json.render(try figures(), .vi).utf8)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let period = try XCTUnwrap(root["period"] as? [String: Any])
        XCTAssertEqual(period["kind"] as? String, "month")
        XCTAssertEqual(period["start"] as? String, "2026-10-01")
        XCTAssertEqual(period["end"] as? String, "2026-11-01")
        XCTAssertEqual((root["previousPeriod"] as? [String: Any])?["nameEN"] as? String, "September 2026")
        let sections = try XCTUnwrap(root["sections"] as? [[String: Any]])
        func table(_ id: String) throws -> [[String: Any]] {
            let t = try XCTUnwrap(sections.flatMap { ($0["tables"] as? [[String: Any]]) ?? [] }.first { $0["id"] as? String == id }, id)
            return try XCTUnwrap(t["rows"] as? [[String: Any]])
        }
        let alarms = try table("alarms")
        XCTAssertEqual(alarms.last?["annunciated"] as? Int, 44, "the total row")
        XCTAssertEqual(alarms.last?["priority"] as? String, "total")
        XCTAssertEqual(alarms.first?["p90_seconds_to_acknowledge"] as? Double, 3_725)
        XCTAssertTrue(alarms[1]["median_seconds_to_acknowledge"] is NSNull)
        XCTAssertEqual(try table("alarm_load").first?["measure"] as? String, "average_per_10_minutes")
        let agencies = try table("dossiers")
        XCTAssertEqual(agencies.first?["agency_code"] as? String, "SXD")
        XCTAssertEqual(agencies.first?["rank"] as? Int, 1)
        XCTAssertEqual(try XCTUnwrap(agencies.first?["on_time_rate"] as? Double), 85, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(agencies.first?["previous_on_time_rate"] as? Double), 90, accuracy: 1e-9)
        XCTAssertTrue(agencies[1]["previous_on_time_rate"] is NSNull, "no figure before")
        XCTAssertTrue(agencies.last?["rank"] is NSNull, "the city's total has no rank")
        XCTAssertEqual(agencies.last?["agency"] as? String, "Toàn thành phố")
    }

    func testDurationsReadAsAPersonWouldSayThem() throws {
        var f = try figures()
        f.feedback[0].medianHoursToResolve = 101.05
        XCTAssertTrue(try ReportFormat.md.render(f, .vi).contains("| 4 ngày 05 h |"))
        XCTAssertTrue(try ReportFormat.md.render(f, .en).contains("| 4 d 05 h |"))
        f.feedback[0].medianHoursToResolve = 47.99
        XCTAssertTrue(try ReportFormat.md.render(f, .en).contains("| 47 h 59 min |"))
    }

    /// Names from outside systems cannot break a table or a record: a CR LF, a "\|", a leading tab.
    func testHostileNamesStayInTheirCell() throws {
        var f = try figures()
        f.dossiers.append(AgencyPerformance(agencyCode: "Z", agencyName: "\tA\\|B\r\nC", workload: 1, doneOnTime: 1))
        let md = try ReportFormat.md.render(f, .vi)
        let row = try XCTUnwrap(md.split(separator: "\n").first { $0.contains("A\\\\\\|B") }, md)
        XCTAssertTrue(row.contains("|  A\\\\\\|B  C |"), "the backslash kept, the pipe escaped, CR LF and tab spaces: \(row)")
        XCTAssertEqual(row.replacingOccurrences(of: "\\\\\\|", with: "").filter { $0 == "|" }.count, 12, "11 cells: \(row)")
        let csv = try ReportFormat.csv.render(f, .vi)
        XCTAssertTrue(csv.contains(", A\\|B  C,"), "control characters are spaces in CSV too: \(csv)")
        f.dossiers.append(AgencyPerformance(agencyCode: "E", agencyName: "\u{1B}]0;pwned\u{07}\u{1B}[2J=1+1", workload: 1, doneOnTime: 1))
        for form in ReportFormat.allCases {
            let text = try form.render(f, .en)
            XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "no escape sequence in \(form)")
        }
    }

    func testCSVIsOneTablePerSectionQuotedAndSafeInASpreadsheet() throws {
        let text = try ReportFormat.csv.render(try figures(), .vi)
        let all = text.components(separatedBy: "\r\n\r\n")
        let ids = all.map { $0.split(separator: "\r\n").dropFirst().first?.split(separator: ",").first.map(String.init) ?? "" }
        XCTAssertEqual(ids, ["sources", "alarms", "alarm_load", "shifts", "logbook", "indicators", "dossiers", "feedback",
                             "feedback_by_ward", "incidents", "incidents_by_ward", "air_quality", "directives"].map {
            // A table with no rows has only its header.
            ["sources", "indicators", "feedback_by_ward", "incidents", "incidents_by_ward", "air_quality"].contains($0) ? "" : $0
        }, "one table per section's table, in order")
        let tables = [all[1], all[6], all[7]]
        XCTAssertTrue(tables[2].hasPrefix("section,agency_code,agency,received,previous_received,routed,resolved,"), tables[2])
        XCTAssertTrue(tables[2].contains("\r\nfeedback,SXD,Sở Xây dựng,30,25,27,20,40.50,10,4,6"), tables[2])
        XCTAssertTrue(tables[0].hasPrefix("section,priority,annunciated,previous_annunciated,change,acknowledged,"))
        XCTAssertTrue(tables[0].contains("\r\nalarms,1,4,4,0,4,95.00,3725.00"), tables[0])
        XCTAssertTrue(tables[0].contains("\r\nalarms,3,40,45,-5,31,30.00,\r\n"), "a negative number is not a formula: \(tables[0])")
        XCTAssertTrue(tables[1].contains("\r\ndossiers,1,SXD,Sở Xây dựng,200,170,50,100,20,30,10,85.00,90.00,-5.00"), tables[1])
        XCTAssertTrue(tables[1].contains("\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\""),
                      "quoted, quotes doubled, and not a formula: \(tables[1])")
    }
}
