import Foundation
import IOCDomain
import XCTest

final class AlarmKindTests: XCTestCase {
    /// (stored text) → kind → stored text: every known kind and an unknown one survive the store and JSON.
    func testStoredTextRoundTrips() throws {
        let table: [(String, AlarmKind)] = [
            ("threshold", .threshold), ("rate", .rateOfChange), ("anomaly", .anomaly), ("stale", .stale),
            ("source_down", .sourceDown), ("deadline", .deadline), ("deadline_soon", .deadlineSoon),
            ("overdue", .overdue), ("handover", .handover), ("poller", .poller), ("cap_alert", .other("cap_alert")),
        ]
        for (text, kind) in table {
            XCTAssertEqual(AlarmKind(rawValue: text), kind, text)
            XCTAssertEqual(kind.rawValue, text)
            let json = try JSONEncoder().encode([kind])
            XCTAssertEqual(String(decoding: json, as: UTF8.self), "[\"\(text)\"]")
            XCTAssertEqual(try JSONDecoder().decode([AlarmKind].self, from: json), [kind])
        }
        XCTAssertEqual(Set(AlarmKind.known.map(\.rawValue)).count, AlarmKind.known.count, "one text per kind")
    }

    func testEveryKnownKindHasWordsInBothLanguages() {
        for kind in AlarmKind.known {
            XCTAssertNotEqual(kind.words(.vi), kind.rawValue, "\(kind) has Vietnamese words")
            XCTAssertFalse(kind.words(.en).contains("_"), "\(kind) reads as English, not a code")
        }
        XCTAssertEqual(AlarmKind.handover.words(.vi), "giao ca")
        XCTAssertEqual(AlarmKind.other("cap_alert").words(.en), "cap_alert", "an unknown kind shows as it is")
    }
}
