import IOCDomain
import XCTest

/// The one table of KPI targets and of incident category names, read by the console and the wall alike.
final class KPITargetTests: XCTestCase {
    /// (value, verdict): "trên 95 %" is strictly above 95; below 90 is serious.
    func testDossiersOnTimeVerdicts() {
        let table: [(Double, KPIVerdict)] = [(100, .met), (95.01, .met), (95.0, .missed), (94.99, .missed), (90, .missed),
                                             (89.99, .seriouslyMissed), (0, .seriouslyMissed)]
        for (value, verdict) in table { XCTAssertEqual(KPITarget.dossiersOnTime.verdict(value), verdict, "\(value)") }
        XCTAssertEqual(KPITarget.dossiersOnTime.text(), "> 95%")
        XCTAssertEqual(KPITarget.dossiersOnTime.text(compact: true), ">95%")
        XCTAssertEqual(KPITarget(value: 100, strictlyAbove: false, seriousBelow: 90).verdict(100), .met)
    }

    func testIncidentCategoryNames() {
        XCTAssertEqual(IncidentCategory.name("traffic_accident", .vi), "Tai nạn giao thông")
        XCTAssertEqual(IncidentCategory.name("traffic_accident", .vi, short: true), "Tai nạn GT")
        XCTAssertEqual(IncidentCategory.name("traffic_accident", .en), "Traffic accidents")
        XCTAssertEqual(IncidentCategory.name("cap_alert", .en), "cap_alert", "an unknown code shows as it is")
        XCTAssertEqual(IncidentCategory.ordered(["zeta", "fire", "traffic_accident", "alpha"]), ["traffic_accident", "fire", "alpha", "zeta"])
        XCTAssertEqual(IncidentCategory.name("public_order", .en, short: true), "Order")
        XCTAssertEqual(IncidentCategory.name("congestion", .vi, short: true), "Ùn tắc", "no short name: the full one")
    }
}
