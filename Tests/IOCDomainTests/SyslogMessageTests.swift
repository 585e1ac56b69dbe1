import Foundation
import IOCDomain
import XCTest

/// RFC 5424 messages in RFC 6587 octet-counted frames.
final class SyslogMessageTests: XCTestCase {
    let record = AuditRecord(
        id: 17,
        event: AuditEvent(at: Date(timeIntervalSince1970: 1_796_606_239.5), account: "ioc-op", actor: "Trần \"Văn\" [An]\\",
                          role: "operator", action: .alarm(.acknowledge(by: .system, at: Date(), note: nil)), outcome: .refused,
                          target: "A17 aqi|1", detail: "Người xem không được", domain: .feedback),
        previousHash: String(repeating: "a", count: 64), hash: String(repeating: "b", count: 64))

    func testTheMessage() {
        let m = SyslogMessage.format(record, hostname: "ioc hp\u{7}", processID: 42, enterpriseNumber: 32473)
        XCTAssertEqual(m, "<84>1 2026-12-07T01:17:19.500Z iochp ioc 42 alarm.acknowledge [ioc@32473 id=\"17\" account=\"ioc-op\" "
                       + "actor=\"Trần \\\"Văn\\\" [An\\]\\\\\" role=\"operator\" action=\"alarm.acknowledge\" outcome=\"refused\" "
                       + "target=\"A17 aqi|1\" domain=\"feedback\" hash=\"\(record.hash)\" prev=\"\(record.previousHash)\"] \u{FEFF}Người xem không được")
        var done = record
        done.event.outcome = .ok
        done.event.detail = ""
        let ok = SyslogMessage.format(done, hostname: "", processID: 1, enterpriseNumber: 9)
        XCTAssertTrue(ok.hasPrefix("<85>1 2026-12-07T01:17:19.500Z - ioc 1 alarm.acknowledge [ioc@9 id=\"17\""), ok)
        XCTAssertTrue(ok.hasSuffix("]"), "no message part when there is no detail")
    }

    /// A quote, backslash or bracket carrying a combining mark is escaped too: to the collector it is that byte.
    func testEscapingIsByScalarNotByCharacter() {
        var r = record
        r.event.actor = "a\"\u{301}b\\\u{301}c]\u{301}"
        let m = SyslogMessage.format(r, hostname: "h", processID: 1, enterpriseNumber: 1)
        XCTAssertTrue(m.contains("actor=\"a\\\"\u{301}b\\\\\u{301}c\\]\u{301}\""), m)
    }

    func testTheFrameCountsBytesNotCharacters() {
        let frame = SyslogMessage.frame("ắ ]")
        XCTAssertEqual(String(decoding: frame, as: UTF8.self), "5 ắ ]")
        let m = SyslogMessage.format(record, hostname: "h", processID: 1, enterpriseNumber: 1)
        let framed = String(decoding: SyslogMessage.frame(m), as: UTF8.self)
        let space = framed.firstIndex(of: " ")!
        XCTAssertEqual(Int(framed[..<space]), m.utf8.count)
    }
}
