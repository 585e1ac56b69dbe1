import Foundation
import IOCConfig
import IOCDomain
import XCTest
@testable import IOCEngine

final class HTTPJSONRecordMapperTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_751_500_000)

    private func directives(_ json: String, fallback: EventStatus? = nil) throws -> Batch {
        let mapping = EventMapping(kind: .directive, id: FieldPath("id")!, title: TextTemplate("{so} – {trich_yeu}")!,
                                   status: StatusMapping(path: FieldPath("tt")!, values: ["xong": .closed],
                                                         fallback: fallback),
                                   due: FieldPath("han"), progress: FieldPath("pct"), severity: FieldPath("muc"))
        return try HTTPJSONRecordMapper(mapping: SourceMapping(records: FieldPath(components: []), target: .events(mapping)),
                                        now: now).batch(from: Data(json.utf8), previousCursor: "old")
    }

    func testTemplatesClampsAndTimeFormats() throws {
        let batch = try directives("""
        [{"id": "CD-1", "so": "12/TB-UBND", "trich_yeu": "Chống ngập", "tt": "open", "han": "31/07/2025 17:00",
          "pct": 140, "muc": 9},
         {"id": "CD-2", "so": "13", "trich_yeu": "Giao thông", "tt": "xong", "han": 1753956000000, "pct": "-5"}]
        """)
        XCTAssertEqual(batch.events.map(\.title), ["12/TB-UBND – Chống ngập", "13 – Giao thông"])
        XCTAssertEqual(batch.events.map(\.status), [.open, .closed])
        XCTAssertEqual(batch.events[0].dueAt, ISO8601DateFormatter().date(from: "2025-07-31T10:00:00Z"))
        XCTAssertEqual(batch.events[1].dueAt, Date(timeIntervalSince1970: 1_753_956_000), "milliseconds")
        XCTAssertEqual(batch.events.map(\.progress), [100, 0])
        XCTAssertEqual(batch.events.map(\.severity), [4, nil])
        XCTAssertEqual(batch.events[0].updatedAt, now, "no update field: the poll time")
    }

    /// Out-of-range numbers from a hostile source must not trap: severity clamps, absurd times are unreadable.
    func testHugeNumbersClampAndUnreadableTimesRejectTheirRecordInsteadOfTrapping() throws {
        let batch = try directives("""
        [{"id": "CD-9", "so": "1", "trich_yeu": "x", "tt": "open", "pct": 1e300, "muc": 1e300},
         {"id": "CD-10", "so": "2", "trich_yeu": "y", "tt": "open", "pct": -1e300, "muc": -1e300},
         {"id": "CD-11", "so": "3", "trich_yeu": "z", "tt": "open", "han": "9999-12-31T00:00:00+07:00", "muc": 2.6},
         {"id": "CD-12", "so": "4", "trich_yeu": "w", "tt": "open", "han": 1e300}]
        """)
        XCTAssertEqual(batch.events.map(\.externalID), ["CD-9", "CD-10"])
        XCTAssertEqual(batch.events.map(\.severity), [4, 1])
        XCTAssertEqual(batch.events.map(\.progress), [100, 0])
        // A deadline that is there but cannot be read (outside 2000–2100) is not dropped silently: a lost deadline
        // would never turn overdue. The record is left out and named.
        XCTAssertEqual(batch.rejected, "2 of 4 records rejected; record 2: unreadable time 'han' ('9999-12-31T00:00:00+07:00'); "
                       + "record 3: unreadable time 'han' ('1e+300')")
    }

    func testUnknownStatusSkipsTheRecordUnlessThereIsADefault() throws {
        let json = #"[{"id": "a", "so": "1", "trich_yeu": "x", "tt": "??"}, {"id": "b", "so": "2", "trich_yeu": "y", "tt": "open"}]"#
        XCTAssertEqual(try directives(json).events.map(\.externalID), ["b"])
        XCTAssertEqual(try directives(json, fallback: .open).events.map(\.externalID), ["a", "b"])
    }

    func testAllRecordsUnreadableIsAnInvalidResponse() {
        XCTAssertThrowsError(try directives(#"[{"so": "1", "trich_yeu": "x", "tt": "open"}]"#)) { error in
            XCTAssertEqual(error as? PollError,
                           .invalidResponse("none of 1 records could be read; record 0: missing id 'id'"))
        }
    }

    func testEmptyListKeepsThePreviousCursor() throws {
        let batch = try directives("[]")
        XCTAssertTrue(batch.isEmpty)
        XCTAssertEqual(batch.cursor, "old")
    }

    /// `1e400` fits no double, and JSONSerialization refuses the whole document for it: only its record goes.
    func testAnOutOfRangeNumberRejectsItsRecordOnlyAndNamesTheField() throws {
        let batch = try directives("""
        [{"id": "CD-1", "so": "1", "trich_yeu": "x", "tt": "open", "pct": 1e400},
         {"id": "CD-2", "so": "2", "trich_yeu": "y", "tt": "open", "extra": {"list": [1, -2.5E+999]}},
         {"id": "CD-3", "so": "3", "trich_yeu": "z \\"1e400\\" 1e400", "tt": "open", "pct": 40, "muc": 1e-400}]
        """)
        XCTAssertEqual(batch.events.map(\.externalID), ["CD-3"])
        XCTAssertEqual(batch.events.first?.title, "3 – z \"1e400\" 1e400", "numbers inside strings are text")
        XCTAssertEqual(batch.events.first?.progress, 40)
        XCTAssertEqual(batch.rejected, "2 of 3 records rejected; record 0: field 'pct' holds a number out of range (1e400); "
                       + "record 1: field 'extra.list.1' holds a number out of range (-2.5E+999)")
    }

    func testEveryRecordOutOfRangeIsAnInvalidResponseNamingTheField() {
        XCTAssertThrowsError(try directives(#"[{"id": "a", "so": "1", "trich_yeu": "x", "tt": "open", "pct": 1e400}]"#)) { error in
            XCTAssertEqual(error as? PollError, .invalidResponse(
                "none of 1 records could be read; record 0: field 'pct' holds a number out of range (1e400)"))
        }
    }

    func testBrokenJSONIsStillNotJSON() {
        XCTAssertThrowsError(try directives(#"[{"id": "a", "pct": 1e400"#)) { error in
            guard case .invalidResponse(let text)? = error as? PollError else { return XCTFail("\(error)") }
            XCTAssertTrue(text.hasPrefix("body is not JSON"), text)
        }
    }

    func testACleanResponseRejectsNothing() throws {
        XCTAssertNil(try directives(#"[{"id": "a", "so": "1", "trich_yeu": "x", "tt": "open", "pct": 1e300}]"#).rejected)
    }
}
