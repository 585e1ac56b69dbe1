import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// The logbook tables: append-only, hash chain, tampering named, accent-insensitive search, shifts, sign-on.
final class LogbookStoreTests: XCTestCase {
    /// 2026-11-22 09:00 UTC+7.
    static let t0 = Date(timeIntervalSince1970: 1_795_280_400 + 9 * 3600)
    static let lan = Actor(name: "Lan", role: .operator)

    func openStore() throws -> (TemporaryDatabase, CityStore) {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        return (temp, try temp.openStore())
    }

    func draft(_ text: String, at offset: TimeInterval = 0, category: LogCategory = .event, corrects: Int64? = nil) -> LogEntryDraft {
        LogEntryDraft(author: Self.lan, category: category, text: text, writtenAt: Self.t0.addingTimeInterval(offset), corrects: corrects)
    }

    func testEntriesAreNumberedChainedAndInTheirShift() throws {
        let (_, store) = try openStore()
        let a = try store.appendLogEntry(draft("Mưa lớn ở Lê Chân"))
        let b = try store.appendLogEntry(draft("Night", at: 14 * 3600))
        XCTAssertEqual([a.id, b.id], [1, 2])
        XCTAssertEqual(a.previousHash, LogChain.genesis)
        XCTAssertEqual(b.previousHash, a.hash)
        XCTAssertEqual(a.hash.count, 64)
        XCTAssertEqual(a.shiftID, "2026-11-22 06:00")
        XCTAssertEqual(b.shiftID, "2026-11-22 22:00")
        XCTAssertEqual(try store.logEntries(), [a, b])
        XCTAssertEqual(try store.verifyLogChain(), .intact(entries: 2))
    }

    /// Issue 12, item 6: an entry over 2,000 characters is refused before anything is written, never cut.
    func testAnEntryOverTheLimitIsRefusedNotCut() throws {
        let (_, store) = try openStore()
        let long = String(repeating: "Mưa lớn ở Lê Chân. ", count: 200)   // 3,800 characters
        XCTAssertThrowsError(try store.appendLogEntry(draft(long))) { error in
            XCTAssertEqual((error as? LogbookRefusal)?.text(.vi), "Nội dung nhật ký dài 3.799 ký tự, tối đa 2.000: không ghi (không cắt bớt)")
        }
        XCTAssertEqual(try store.logEntries(), [], "nothing written")
        let exact = String(repeating: "x", count: 2000)
        XCTAssertEqual(try store.appendLogEntry(draft(exact)).text.count, 2000)
    }

    func testHashIsSHA256OfTheCanonicalText() throws {
        let (_, store) = try openStore()
        let e = try store.appendLogEntry(draft("abc"))
        // Independent check with the sqlite-free reference: sha256sum of the canonical text.
        let file = NSTemporaryDirectory() + "canon-\(UUID().uuidString)"
        try LogChain.canonicalText(e).write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let out = ShellCommand.run("sha256sum '\(file)'").output
        XCTAssertEqual(String(out.prefix(64)), e.hash)
    }

    func testUpdateAndDeleteAreRefusedByTheDatabase() throws {
        let (temp, store) = try openStore()
        try store.appendLogEntry(draft("Không được sửa"))
                XCTAssertThrowsError(try store.database.write { try $0.execute(sql: "UPDATE log_entry SET text = 'x'") }) {
            XCTAssertTrue("\($0)".contains("append-only"), "\($0)")
        }
        XCTAssertThrowsError(try store.database.write { try $0.execute(sql: "DELETE FROM log_entry") })
        XCTAssertEqual(try store.logEntries().map(\.text), ["Không được sửa"])
    }

    func testOneChangedByteIsFoundAndTheEntryNamed() throws {
        let (temp, store) = try openStore()
        try store.appendLogEntry(draft("Mục một"))
        try store.appendLogEntry(draft("Gọi Sở Xây dựng lúc 9 giờ"))
        try store.appendLogEntry(draft("Mục ba"))
        XCTAssertEqual(try store.verifyLogChain(), .intact(entries: 3))
        // Someone with the file drops the trigger and changes one byte ("9" → "8") of entry 2's text.
                try tamper(store, table: "log_entry", "UPDATE log_entry SET text = replace(text, '9', '8') WHERE id = 2")
        guard case .broken(let id, let reason, _) = try store.verifyLogChain() else { return XCTFail("tampering not detected") }
        XCTAssertEqual(id, 2)
        XCTAssertTrue(reason.contains("hash"), reason)
    }

    func testARemovedEntryOrRewrittenChainIsFound() throws {
        let (temp, store) = try openStore()
        for i in 1...3 { try store.appendLogEntry(draft("Mục \(i)")) }
                try tamper(store, table: "log_entry", "DELETE FROM log_entry WHERE id = 2")
        XCTAssertEqual(try store.verifyLogChain().isIntact, false)
        if case .broken(let id, _, _) = try store.verifyLogChain() { XCTAssertEqual(id, 3) }
    }

    func testCorrectionsPointToTheOriginalWhichStays() throws {
        let (_, store) = try openStore()
        let original = try store.appendLogEntry(draft("Gọi Sở Xây dựng lúc 8 giờ"))
        let correction = try store.appendLogEntry(draft("Gọi Sở Xây dựng lúc 9 giờ", at: 60, corrects: original.id))
        XCTAssertEqual(correction.corrects, 1)
        XCTAssertEqual(try store.logEntries().map(\.text), ["Gọi Sở Xây dựng lúc 8 giờ", "Gọi Sở Xây dựng lúc 9 giờ"])
        XCTAssertThrowsError(try store.appendLogEntry(draft("x", corrects: 99)))
        XCTAssertEqual(try store.verifyLogChain(), .intact(entries: 2))
    }

    /// A search finds "lúc 8 giờ"; its correction (which says "9 giờ") and the correction of that correction come
    /// along, so the operator never reads a corrected entry as if it stood.
    func testAFilteredEntryBringsItsCorrectionsAlong() throws {
        let (_, store) = try openStore()
        try store.appendLogEntry(draft("Mưa ở Kiến An"))
        let original = try store.appendLogEntry(draft("Gọi Sở Xây dựng lúc 8 giờ", at: 10))
        try store.appendLogEntry(draft("Ngập Lạch Tray", at: 20, category: .technical))
        let first = try store.appendLogEntry(draft("Nhầm giờ: 9 giờ", at: 30, category: .other, corrects: original.id))
        try store.appendLogEntry(draft("Nhầm lần nữa: 9 giờ 30", at: 40, category: .other, corrects: first.id))
        XCTAssertEqual(try store.logEntries(LogQuery(search: "so xay dung")).map(\.id), [2, 4, 5])
        XCTAssertEqual(try store.logEntries(LogQuery(category: .technical)).map(\.id), [3], "nothing corrects #3")
        XCTAssertEqual(try store.logEntries(LogQuery(search: "9 gio 30")).map(\.id), [5], "a correction alone stays alone")
    }

    func testAnEventTimeInTheFutureIsRefused() throws {
        let (_, store) = try openStore()
        var ahead = draft("Sẽ ngập lúc 9 giờ")
        ahead.eventAt = Self.t0.addingTimeInterval(3600)
        XCTAssertThrowsError(try store.appendLogEntry(ahead)) { XCTAssertTrue("\($0)".contains("sau thời điểm ghi"), "\($0)") }
        XCTAssertEqual(try store.logEntries().count, 0)
        ahead.eventAt = Self.t0.addingTimeInterval(30)
        XCTAssertNoThrow(try store.appendLogEntry(ahead), "half a minute of clock skew between consoles is tolerated")
    }

    func testLateEntriesKeepBothTimes() throws {
        let (_, store) = try openStore()
        let e = try store.appendLogEntry(LogEntryDraft(author: Self.lan, category: .event, text: "Tai nạn lúc 8 giờ",
                                                       eventAt: Self.t0.addingTimeInterval(-3600), writtenAt: Self.t0))
        let read = try XCTUnwrap(try store.logEntry(id: e.id))
        XCTAssertEqual(read.eventAt, Self.t0.addingTimeInterval(-3600))
        XCTAssertEqual(read.writtenAt, Self.t0)
        XCTAssertTrue(read.isLate)
    }

    func testViewersAndEmptyTextAreRefusedAndWriteNothing() throws {
        let (_, store) = try openStore()
        XCTAssertThrowsError(try store.appendLogEntry(LogEntryDraft(author: Actor(name: "PCT", role: .viewer), category: .other,
                                                                    text: "x", writtenAt: Self.t0)))
        XCTAssertThrowsError(try store.appendLogEntry(draft("   ")))
        XCTAssertEqual(try store.logEntries().count, 0)
    }

    func testAccentInsensitiveSearchWithNFCNFDAndDStroke() throws {
        let (_, store) = try openStore()
        try store.appendLogEntry(draft("Họp giao ban tại Hà Nội"))                         // NFC
        try store.appendLogEntry(draft("Ngập ở Đống Đa"))                                   // Đ
        try store.appendLogEntry(draft("Ha\u{0300} Đông ma\u{0302}\u{0301}t đie\u{0323}\u{0302}n"))  // NFD text
        try store.appendLogEntry(draft("Không liên quan"))
        let table: [(String, [Int64])] = [
            ("ha noi", [1]), ("HÀ NỘI", [1]), ("Ha\u{0300} No\u{0323}\u{0302}i", [1]),
            ("dong da", [2]), ("đống đa", [2]), ("ĐỐNG ĐA", [2]), ("ĐÔNG", [2, 3]),
            ("ha dong", [3]), ("mất điện", [3]), ("ma\u{0302}\u{0301}t", [3]),
            ("ha", [1, 3]), ("100%", []), ("_", []),
        ]
        for (query, ids) in table {
            XCTAssertEqual(try store.logEntries(LogQuery(search: query)).map(\.id), ids, query)
        }
        // Stored as NFC whatever was typed.
        XCTAssertEqual(Array(try store.logEntry(id: 3)!.text.utf8), Array("Hà Đông mất điện".utf8))
    }

    func testFiltersByShiftAndCategoryCombine() throws {
        let (_, store) = try openStore()
        try store.appendLogEntry(draft("Sáng", category: .event))
        try store.appendLogEntry(draft("Chỉ đạo sáng", category: .directive))
        try store.appendLogEntry(draft("Chiều", at: 6 * 3600, category: .directive))
        XCTAssertEqual(try store.logEntries(LogQuery(shiftID: "2026-11-22 06:00")).map(\.id), [1, 2])
        XCTAssertEqual(try store.logEntries(LogQuery(category: .directive)).map(\.id), [2, 3])
        XCTAssertEqual(try store.logEntries(LogQuery(shiftID: "2026-11-22 14:00", category: .directive)).map(\.id), [3])
        XCTAssertEqual(try store.logEntries(LogQuery(limit: 2)).map(\.id), [2, 3])
    }

    func testFirstSignOnGoesOnDutyLaterOnesDoNot() throws {
        let (_, store) = try openStore()
        XCTAssertNil(try store.onDuty())
        XCTAssertNil(try store.signOn(Actor(name: "PCT", role: .viewer), at: Self.t0))
        XCTAssertEqual(try store.signOn(Self.lan, at: Self.t0)?.actor, Self.lan)
        XCTAssertEqual(try store.signOn(Actor(name: "Minh", role: .operator), at: Self.t0.addingTimeInterval(60))?.actor, Self.lan)
    }

    func testTwoWritersChainWithoutForking() throws {
        let (temp, store) = try openStore()
        let other = try temp.openStore()
        let drafts = (0..<20).map { draft("Mục \($0)", at: Double($0)) }
        DispatchQueue.concurrentPerform(iterations: 20) { i in
            _ = try? (i % 2 == 0 ? store : other).appendLogEntry(drafts[i])
        }
        XCTAssertEqual(try store.logEntries().count, 20)
        XCTAssertEqual(try store.verifyLogChain(), .intact(entries: 20))
    }

    func testAHandEditedTypeOrRoleInAnSQLiteFileIsReportedNotACrash() throws {
        let (temp, store) = try openStore()
        for i in 1...3 { try store.appendLogEntry(draft("Mục \(i)")) }
                try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER log_entry_no_update")
            try db.execute(sql: "UPDATE log_entry SET role = 'god' WHERE id = 2")
            try db.execute(sql: "UPDATE log_entry SET event_ms = 'yesterday' WHERE id = 3")
        }
        guard case .broken(let id, let reason, _) = try store.verifyLogChain() else { return XCTFail("not detected") }
        XCTAssertEqual(id, 2)
        XCTAssertTrue(reason.contains("god"), reason)
    }

    func testLogbookCounterMovesWithEveryLogbookWriteAndNoDashboardScope() throws {
        let (_, store) = try openStore()
        let scopes0 = try store.changeTokens()
        try store.appendLogEntry(draft("Một"))
        let t1 = try store.changeTokens()
        XCTAssertNotEqual(t1.logbook, scopes0.logbook)
        XCTAssertEqual(t1.changedScopes(since: scopes0), .logbook, "only the logbook scope")
        XCTAssertEqual(DashboardParts.reading(.logbook), [], "which no dashboard part reads")
        XCTAssertGreaterThan(t1.total, scopes0.total, "but every write bumps the total")
        try store.signOn(Self.lan, at: Self.t0)
        XCTAssertEqual(try store.changeTokens().changedScopes(since: t1), .logbook, "a sign-on too")
        XCTAssertEqual(try store.changeTokens(), try store.changeTokens(), "reading changes nothing")
    }
}
