import TextFold
import XCTest

final class TextFoldingTests: XCTestCase {
    func testFoldsCaseMarksAndDStroke() {
        XCTAssertEqual(TextFolding.fold("Phường Hoàn Kiếm"), "phuong hoan kiem")
        XCTAssertEqual(TextFolding.fold("ĐƯỜNG Láng – Đống Đa"), "duong lang – dong da")
        XCTAssertEqual(TextFolding.fold("Quảng Ninh, Ủy ban, Thừa Thiên Huế"), "quang ninh, uy ban, thua thien hue")
    }

    func testComposedAndDecomposedTextFoldAlike() {
        let nfc = "Hoàn Kiếm"
        let nfd = "Hoa\u{0300}n Kie\u{0302}\u{0301}m"
        XCTAssertNotEqual(Array(nfc.utf8), Array(nfd.utf8))
        XCTAssertEqual(TextFolding.fold(nfc), TextFolding.fold(nfd))
        XCTAssertEqual(Array(TextFolding.fold(nfd).utf8), Array("hoan kiem".utf8))
    }

    func testLeavesAsciiPunctuationAndOtherScriptsAlone() {
        XCTAssertEqual(TextFolding.fold("A'; DROP %_\\"), "a'; drop %_\\")
        XCTAssertEqual(TextFolding.fold("火災 🚒"), "火災 🚒")
    }

    /// The one folding behind every loose comparison: names typed at sign-on, categories and statuses typed in the
    /// logbook, filters and agency choices, search, and the order of a table's text column.
    func testKeysCompareTypedNamesLoosely() {
        let table: [(String, String, Bool)] = [
            ("  trưởng   ca ", "Trưởng ca", true),
            ("TRUONG CA", "trưởng ca", true),
            ("lanh dao", "Lãnh đạo", true),
            ("lien he co quan", "Liên hệ cơ quan", true),
            ("lien hệ", "Liên hệ cơ quan", false),
        ]
        for (typed, name, same) in table {
            XCTAssertEqual(TextFolding.key(typed) == TextFolding.key(name), same, "\(typed) / \(name)")
        }
        XCTAssertEqual(TextFolding.compactKey("Liên hệ cơ quan"), "lienhecoquan")
        XCTAssertEqual(TextFolding.compactKey("lien he co quan"), TextFolding.compactKey("Liên hệ cơ quan"))
        XCTAssertTrue(TextFolding.matches("Sở Xây dựng: 8 hồ sơ quá hạn", filter: " xay dung "))
        XCTAssertTrue(TextFolding.matches("Đông Anh", filter: "dong"))
        XCTAssertTrue(TextFolding.matches("anything", filter: "  "))
        XCTAssertFalse(TextFolding.matches("Hà Nội", filter: "hai"))
    }
}
