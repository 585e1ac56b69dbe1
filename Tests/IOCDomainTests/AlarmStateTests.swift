import IOCDomain
import XCTest

/// Labels, glyphs, list order and priority digits: readable without colour, in both languages.
final class AlarmStateTests: XCTestCase {
    func testEveryStateHasADistinctGlyphAndLabels() {
        let glyphs = AlarmState.allCases.map(\.glyph)
        XCTAssertEqual(Set(glyphs).count, AlarmState.allCases.count)
        for state in AlarmState.allCases {
            XCTAssertEqual(state.glyph.count, 1, "\(state) glyph is one character")
            XCTAssertFalse(state.labelVI.isEmpty)
            XCTAssertFalse(state.labelEN.isEmpty)
        }
        XCTAssertEqual(Set(AlarmState.allCases.map(\.labelVI)).count, 7)
        XCTAssertEqual(AlarmState(rawValue: "rtn_unack"), .returnedUnacknowledged)
        XCTAssertEqual(AlarmState.outOfService.rawValue, "oos")
    }

    func testMainListAndOrder() {
        XCTAssertEqual(AlarmState.allCases.filter(\.isShownInMainList),
                       [.unacknowledged, .acknowledged, .returnedUnacknowledged])
        XCTAssertEqual(AlarmState.allCases.sorted { $0.listOrder < $1.listOrder },
                       [.unacknowledged, .returnedUnacknowledged, .acknowledged, .shelved, .suppressed, .outOfService,
                        .normal])
    }

    func testPrioritiesOrderByUrgencyWithDigitsAndLabels() {
        XCTAssertEqual(AlarmPriority.allCases.sorted(), [.emergency, .high, .medium, .low])
        XCTAssertEqual(AlarmPriority.allCases.map(\.digit), ["1", "2", "3", "4"])
        XCTAssertEqual(AlarmPriority.allCases.map(\.labelVI), ["Khẩn cấp", "Cao", "Trung bình", "Thấp"])
        XCTAssertTrue(AlarmPriority.emergency.isMoreUrgent(than: .high))
        XCTAssertFalse(AlarmPriority.low.isMoreUrgent(than: .low))
    }

    func testOnlySupervisorsAndAdminsChangeServiceAndViewersCannotAct() {
        XCTAssertEqual(OperatorRole.allCases.filter(\.canChangeService), [.supervisor, .admin])
        XCTAssertEqual(OperatorRole.allCases.filter { !$0.canAct }, [.viewer])
    }
}
