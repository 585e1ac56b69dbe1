import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// The dashboard's agency names: each summary carries the agency's English name (`agency.name_en`) beside the
/// Vietnamese one, empty when the store has none.
extension CityStoreTests {
    func testDashboardSummariesCarryTheEnglishAgencyName() throws {
        let temp = temporaryDatabase()
        let store = try makeCityStore(temp)
        let snapshot = try store.dashboard(now: F.t0, periodDays: 30)
        XCTAssertEqual(snapshot.government.map(\.agencyNameEN), ["Department of Natural Resources", "Department of Construction"])
        XCTAssertEqual(snapshot.feedback.map(\.agencyNameEN), ["Department of Natural Resources"])
        XCTAssertEqual(snapshot.directives.first?.agencyNameEN, "Department of Construction")
        XCTAssertEqual(snapshot.directives.first?.agencyName(.en), "Department of Construction")
        XCTAssertEqual(snapshot.directives.first?.agencyName(.vi), "Sở Xây dựng")
        let drill = try store.events(kind: .feedback, agencyCode: "STNMT", openOnly: false, limit: 10, now: F.t0)
        XCTAssertEqual(Set(drill.map(\.agencyNameEN)), ["Department of Natural Resources"])
    }

    func testAnAgencyWithoutAnEnglishNameFallsBackToVietnamese() throws {
        let temp = temporaryDatabase()
        let store = try makeCityStore(temp)
        try store.recordSuccess(sourceID: "sim", batch: Batch(agencies: [
            Agency(code: "STNMT", name: "Sở Tài nguyên và Môi trường", nameEN: ""),
        ]), at: F.t0, durationMs: 1)
        let snapshot = try store.dashboard(now: F.t0, periodDays: 30)
        let stnmt = try XCTUnwrap(snapshot.government.first { $0.agencyCode == "STNMT" })
        XCTAssertEqual(stnmt.agencyNameEN, "")
        XCTAssertEqual(stnmt.agencyName(.en), "Sở Tài nguyên và Môi trường")
        let feedback = try XCTUnwrap(snapshot.feedback.first)
        XCTAssertEqual(feedback.agencyName(.en), "Sở Tài nguyên và Môi trường")
        XCTAssertEqual(snapshot.government.first { $0.agencyCode == "SXD" }?.agencyName(.en),
                       "Department of Construction", "the other agency keeps its English name")
    }
}
