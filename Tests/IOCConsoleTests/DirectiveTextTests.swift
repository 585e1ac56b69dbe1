@testable import IOCConsole
import XCTest

/// The subject of a directive title: what follows the issuer's " chỉ đạo ".
final class DirectiveTextTests: XCTestCase {
    func testSubjectTable() {
        let cases: [(String, String)] = [
            ("Chủ tịch UBND thành phố chỉ đạo nâng cao chỉ số phục vụ người dân",
             "Nâng cao chỉ số phục vụ người dân"),
            ("Phó Chủ tịch Thường trực UBND thành phố chỉ đạo đẩy nhanh giải ngân; chỉ đạo thêm",
             "Đẩy nhanh giải ngân; chỉ đạo thêm"),                       // the first marker only
            ("Kiểm tra an toàn phòng cháy", "Kiểm tra an toàn phòng cháy"),  // no issuer: the whole title
            ("UBND chỉ đạo ", "UBND chỉ đạo "),                          // nothing after the marker
            ("chỉ đạo xử lý", "chỉ đạo xử lý"),                          // the marker needs its leading space
            ("", ""),
        ]
        for (title, subject) in cases {
            XCTAssertEqual(DirectiveText.subject(title), subject, title)
        }
    }
}
