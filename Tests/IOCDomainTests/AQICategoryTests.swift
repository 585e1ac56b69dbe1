import IOCDomain
import XCTest

/// VN_AQI bands of 1459/QĐ-TCMT (2019).
final class AQICategoryTests: XCTestCase {
    func testBandEdges() {
        let cases: [(Double, AQICategory, String)] = [
            (0, .good, "Tốt"), (50, .good, "Tốt"), (51, .moderate, "Trung bình"), (100, .moderate, "Trung bình"),
            (101, .poor, "Kém"), (150, .poor, "Kém"), (151, .bad, "Xấu"), (200, .bad, "Xấu"),
            (201, .veryBad, "Rất xấu"), (300, .veryBad, "Rất xấu"), (301, .hazardous, "Nguy hại"), (500, .hazardous, "Nguy hại"),
        ]
        for (value, band, label) in cases {
            XCTAssertEqual(AQICategory(aqi: value), band, "\(value)")
            XCTAssertEqual(AQICategory(aqi: value).labelVI, label)
        }
        XCTAssertTrue(AQICategory.moderate.rgb == (255, 255, 0))
    }

    func testSourceStatusAfterFailures() {
        XCTAssertEqual(SourceStatus.after(consecutiveFailures: 0), .ok)
        XCTAssertEqual(SourceStatus.after(consecutiveFailures: 1), .degraded)
        XCTAssertEqual(SourceStatus.after(consecutiveFailures: 2), .degraded)
        XCTAssertEqual(SourceStatus.after(consecutiveFailures: 3), .down)
    }
}
