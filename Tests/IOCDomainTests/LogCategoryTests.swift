import IOCDomain
import XCTest

final class LogCategoryTests: XCTestCase {
    func testNamesInBothLanguagesWithOrWithoutAccentsAndNumbers() {
        let table: [(String, LogCategory?)] = [
            ("sự kiện", .event), ("su kien", .event), ("SỰ KIỆN", .event), ("1", .event), ("event", .event),
            ("chỉ đạo", .directive), ("chi dao", .directive), ("CHỈ ĐẠO", .directive), ("2", .directive),
            ("liên hệ cơ quan", .agencyContact), ("lien he co quan", .agencyContact), ("agency", .agencyContact),
            ("kỹ thuật", .technical), ("ky thuat", .technical), ("technical", .technical),
            ("khác", .other), ("khac", .other), ("5", .other),
            ("6", nil), ("0", nil), ("thời tiết", nil), ("", nil),
        ]
        for (text, expected) in table {
            XCTAssertEqual(LogCategory.named(text), expected, text)
        }
    }

    func testDecomposedInputNamesTheSameCategory() {
        let nfd = "chi\u{0309} đa\u{0323}o"
        XCTAssertEqual(LogCategory.named(nfd), .directive)
    }

    func testEveryCategoryHasDistinctNames() {
        XCTAssertEqual(Set(LogCategory.allCases.map(\.labelVI)).count, LogCategory.allCases.count)
        XCTAssertEqual(Set(LogCategory.allCases.map(\.rawValue)).count, LogCategory.allCases.count)
        for c in LogCategory.allCases { XCTAssertEqual(LogCategory.named(c.labelVI), c) }
    }
}
