import IOCDomain
import XCTest

/// The one chain rule of the logbook and the audit trail, as a table of rows → verdict.
final class ChainVerifierTests: XCTestCase {
    /// A row: id, the previous hash it states, its stored hash, the hash of its content (nil: unreadable).
    typealias Row = (id: Int64, previous: String, stored: String, computed: String?)
    let g = "genesis"

    func verdict(_ rows: [Row]) -> ChainCheck {
        var v = ChainVerifier(genesis: g, noun: "bản ghi", nounEN: "record")
        for r in rows { guard v.check(id: r.id, previous: r.previous, stored: r.stored, computed: r.computed, unreadable: "bad") else { break } }
        return v.result
    }

    func testTheTable() {
        let cases: [(String, [Row], ChainCheck)] = [
            ("empty", [], .intact(entries: 0)),
            ("intact", [(1, g, "a", "a"), (2, "a", "b", "b"), (3, "b", "c", "c")], .intact(entries: 3)),
            ("a changed byte", [(1, g, "a", "a"), (2, "a", "b", "B"), (3, "b", "c", "c")],
             .broken(entryID: 2, reason: "nội dung đã bị thay đổi (hash không khớp)", reasonEN: "its content was changed (the hash does not match)")),
            ("a deleted row", [(1, g, "a", "a"), (3, "b", "c", "c")],
             .broken(entryID: 3, reason: "thiếu bản ghi #2 trước bản ghi này", reasonEN: "record #2 is missing before this one")),
            ("the first deleted", [(2, "a", "b", "b")],
             .broken(entryID: 2, reason: "thiếu bản ghi #1 trước bản ghi này", reasonEN: "record #1 is missing before this one")),
            // Two rows' contents swapped (ids kept): row 2 now states the link of row 3.
            ("two swapped", [(1, g, "a", "a"), (2, "b", "c", "c"), (3, "a", "b", "b")],
             .broken(entryID: 2, reason: "không nối với bản ghi trước (prev_hash khác hash của bản ghi #1)",
                     reasonEN: "not linked to the record before (prev_hash differs from the hash of #1)")),
            ("a wrong genesis", [(1, "x", "a", "a")],
             .broken(entryID: 1, reason: "không nối với bản ghi trước (prev_hash khác hash của bản ghi #0)",
                     reasonEN: "not linked to the record before (prev_hash differs from the hash of #0)")),
            ("unreadable", [(1, g, "a", "a"), (2, "a", "b", nil)],
             .broken(entryID: 2, reason: "không đọc được: bad", reasonEN: "unreadable: bad")),
            ("only the first break", [(1, g, "a", "x"), (3, "zz", "c", nil)],
             .broken(entryID: 1, reason: "nội dung đã bị thay đổi (hash không khớp)", reasonEN: "its content was changed (the hash does not match)")),
        ]
        for (name, rows, expected) in cases { XCTAssertEqual(verdict(rows), expected, name) }
    }
}
