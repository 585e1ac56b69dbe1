import IOCStore
import XCTest

final class SearchFoldingTests: XCTestCase {
    func testFoldsCaseMarksAndDStroke() {
        XCTAssertEqual(SearchFolding.fold("Phường Hoàn Kiếm"), "phuong hoan kiem")
        XCTAssertEqual(SearchFolding.fold("ĐƯỜNG Láng – Đống Đa"), "duong lang – dong da")
        XCTAssertEqual(SearchFolding.fold("Quảng Ninh, Ủy ban, Thừa Thiên Huế"), "quang ninh, uy ban, thua thien hue")
    }

    func testComposedAndDecomposedTextFoldAlike() {
        let nfc = "Hoàn Kiếm"
        let nfd = "Hoa\u{0300}n Kie\u{0302}\u{0301}m"
        XCTAssertNotEqual(Array(nfc.utf8), Array(nfd.utf8))
        XCTAssertEqual(SearchFolding.fold(nfc), SearchFolding.fold(nfd))
        XCTAssertEqual(Array(SearchFolding.fold(nfd).utf8), Array("hoan kiem".utf8))
    }

    func testLeavesAsciiPunctuationAndOtherScriptsAlone() {
        XCTAssertEqual(SearchFolding.fold("A'; DROP %_\\"), "a'; drop %_\\")
        XCTAssertEqual(SearchFolding.fold("火災 🚒"), "火災 🚒")
    }
}
