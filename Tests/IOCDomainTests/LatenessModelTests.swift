import Foundation
import IOCDomain
import XCTest

/// Dossiers at risk of lateness: the probability from the share of the allotted time the same procedure's dossiers
/// used, the fallback from procedure to group to agency, and what is never estimated.
final class LatenessModelTests: XCTestCase {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let day: TimeInterval = 86_400

    /// A dossier of 10 days' allotted time received `ago` days before now, finished after `used` of its allotted time
    /// (nil: open).
    static func dossier(_ procedure: String, group: String = "xay_dung", agency: String = "SXD", ago: Double, used: Double?) -> DossierTiming {
        let opened = now - ago * day
        return DossierTiming(procedure: procedure, group: group, agencyCode: agency, openedAt: opened, dueAt: opened + 10 * day,
                             closedAt: used.map { opened + $0 * 10 * day })
    }

    /// 40 finished building permits: 30 within half their time, 10 late at 1.2 of it.
    static var history: [DossierTiming] {
        var all: [DossierTiming] = []
        for i in 0..<30 { all.append(dossier("Cấp giấy phép xây dựng", ago: 60 + Double(i), used: 0.5)) }
        for i in 0..<10 { all.append(dossier("Cấp giấy phép xây dựng", ago: 60 + Double(i), used: 1.2)) }
        for i in 0..<5 { all.append(dossier("Thẩm định thiết kế", ago: 60 + Double(i), used: 1.5)) }
        return all
    }

    func testTheProbabilityIsTheShareStillToComeThatEndsLate() throws {
        let model = LatenessModel(history: Self.history, now: Self.now)
        // S(1) = 10/40. Received 2 days ago (0.2 of the time used): P = S(1) / S(0.2) = 0.25.
        let fresh = try XCTUnwrap(model.estimate(Self.dossier("Cấp giấy phép xây dựng", ago: 2, used: nil), now: Self.now))
        XCTAssertEqual(fresh.probability, 0.25, accuracy: 1e-9)
        XCTAssertEqual(fresh.basis, .procedure)
        XCTAssertEqual(fresh.finished, 40)
        // Past the half its fast peers took (0.6 used): only the slow ones remain — late for sure.
        let slow = try XCTUnwrap(model.estimate(Self.dossier("Cấp giấy phép xây dựng", ago: 6, used: nil), now: Self.now))
        XCTAssertEqual(slow.probability, 1, accuracy: 1e-9)
    }

    func testTooFewOfAProcedureFallBackToItsGroupThenItsAgency() throws {
        let model = LatenessModel(history: Self.history, now: Self.now)
        // Five design appraisals, all late: too few; the group (45 dossiers, 15 late) speaks for them.
        let design = try XCTUnwrap(model.estimate(Self.dossier("Thẩm định thiết kế", ago: 1, used: nil), now: Self.now))
        XCTAssertEqual(design.basis, .group)
        XCTAssertEqual(design.probability, 15.0 / 45, accuracy: 1e-9)
        let other = try XCTUnwrap(model.estimate(Self.dossier("Cấp phép khác", group: "khac", ago: 1, used: nil), now: Self.now))
        XCTAssertEqual(other.basis, .agency)
        XCTAssertNil(model.estimate(Self.dossier("Cấp giấy phép xây dựng", agency: "STP", ago: 1, used: nil), now: Self.now),
                     "another agency's dossiers say nothing of this one")
    }

    func testOpenDossiersCountAsStillRunningAndNothingLateOrFinishedIsEstimated() {
        // Twenty finished early, and twenty still open well past their due time: leaving those out would say "never late".
        var history: [DossierTiming] = []
        for _ in 0..<20 { history.append(Self.dossier("P", ago: 30, used: 0.3)) }
        for _ in 0..<20 { history.append(Self.dossier("P", ago: 30, used: nil)) }
        let model = LatenessModel(history: history, now: Self.now)
        let p = model.estimate(Self.dossier("P", ago: 1, used: nil), now: Self.now)?.probability ?? -1
        XCTAssertEqual(p, 0.5, accuracy: 1e-9, "half of them are still running, past three times their allotted time")
        XCTAssertNil(model.estimate(Self.dossier("P", ago: 11, used: nil), now: Self.now), "already late: no forecast")
        XCTAssertNil(model.estimate(Self.dossier("P", ago: 5, used: 0.4), now: Self.now), "finished")
        let noTime = DossierTiming(procedure: "P", group: "g", agencyCode: "SXD", openedAt: Self.now, dueAt: Self.now)
        XCTAssertNil(noTime.usedShare(now: Self.now))
    }
}
