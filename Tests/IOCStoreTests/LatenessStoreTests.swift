import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Dossiers at risk of lateness read from the store (issue 18), on either engine: the model from the last half year of
/// dossiers, the risks of the open ones not yet late, and the government panel's count per agency.
final class LatenessStoreTests: XCTestCase {
    typealias F = CityFixture

    func testOpenDossiersGetTheirRiskAndAgenciesCountThoseMoreLikelyLateThanNot() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.registerSource(F.source())
        // Read while the store is still empty: nothing to estimate, and nothing kept that would hide what comes next.
        XCTAssertEqual(try store.lateRisks(now: F.t0).count, 0)
        let permit = "Cấp giấy phép xây dựng"
        var events: [CityEvent] = []
        // 40 finished permits of 10 days each: 30 in 5 days, 10 in 12 (late). S(1) = 1/4.
        for i in 0..<40 {
            let openedAgo = (60 + Double(i)) * F.day
            let used = i < 30 ? 5 * F.day : 12 * F.day
            events.append(F.event(.dossier, "done\(i)", status: .done, category: "xay_dung", openedAgo: openedAgo,
                                  due: -openedAgo + 10 * F.day, closed: -openedAgo + used, title: permit))
        }
        // Open: one received a day ago (P = 0.25), one six days ago (past its fast peers: P = 1), one already late,
        // and one of an agency with no history.
        events.append(F.event(.dossier, "fresh", status: .inProgress, category: "xay_dung", openedAgo: F.day, due: 9 * F.day, title: permit))
        events.append(F.event(.dossier, "slow", status: .inProgress, category: "xay_dung", openedAgo: 6 * F.day, due: 4 * F.day, title: permit))
        events.append(F.event(.dossier, "late", status: .inProgress, category: "xay_dung", openedAgo: 11 * F.day, due: -F.day, title: permit))
        events.append(F.event(.dossier, "stp", status: .inProgress, agency: "STP", category: "tu_phap", openedAgo: F.day, due: 2 * F.day,
                              title: "Cấp Phiếu lý lịch tư pháp"))
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: events, agencies: F.agencies, wards: F.wards), at: F.t0, durationMs: 1)

        let risks = try store.lateRisks(now: F.t0)
        XCTAssertEqual(risks.map(\.item.event.externalID), ["slow", "fresh"], "highest first; the late one and the one with no history left out")
        // The open ones are censored at the share they used: 0.1 leaves the 43 before the 30 fast ones end at 0.5, so
        // S(0.5) = 1 − 30/42 = 2/7, and nothing more ends before 1 (0.6 and 1.1 are censored): S(1) = 2/7.
        XCTAssertEqual(risks[0].estimate.probability, 1, accuracy: 1e-9)
        XCTAssertEqual(risks[1].estimate.probability, 2.0 / 7, accuracy: 1e-9)
        XCTAssertEqual(risks[1].estimate.basis, .procedure)
        XCTAssertEqual(risks[1].estimate.finished, 40)

        let sxd = try XCTUnwrap(try store.dashboard(now: F.t0).government.first { $0.agencyCode == "SXD" })
        XCTAssertEqual(sxd.atRisk, 1, "only the slow one is more likely late than not")
        XCTAssertNil(try store.dashboard(now: F.t0).government.first { $0.agencyCode == "STP" }?.atRisk, "no estimate, not zero")
    }

    /// What a surge rule counts: the items of the kinds asked received since a time, newest first, with their names.
    func testItemsReceivedSinceATimeAreReadNewestFirst() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.registerSource(F.source())
        let events = [F.event(.feedback, "f1", status: .new, agency: "STNMT", openedAgo: 50 * 60),
                      F.event(.feedback, "f2", status: .new, agency: "STNMT", openedAgo: 5 * 60),
                      F.event(.feedback, "f3", status: .new, agency: "STNMT", openedAgo: 70 * 60),
                      F.event(.dossier, "d1", status: .received, openedAgo: 5 * 60)]
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: events, agencies: F.agencies, wards: F.wards), at: F.t0, durationMs: 1)
        let read = try store.eventsReceived(kinds: [.feedback], since: F.t0 - 3600)
        XCTAssertEqual(read.map(\.event.externalID), ["f2", "f1"])
        XCTAssertEqual(read.first?.agencyName, "Sở Tài nguyên và Môi trường")
        XCTAssertEqual(try store.eventsReceived(kinds: [.feedback, .dossier], since: F.t0 - 3600).count, 3)
        XCTAssertEqual(try store.eventsReceived(kinds: [], since: F.t0 - 3600).count, 0)
    }
}
