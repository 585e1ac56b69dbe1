import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

extension CityStoreTests {
    /// Each panel's data age follows its own sources: the dashboard says which sources supplied each event kind.
    func testDashboardNamesTheSourcesOfEachEventKind() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.registerSource(F.source("sim"))
        try store.registerSource(F.source("pakn", name: "PAKN", kind: "http-json"))
        try store.registerSource(F.source("idle", name: "Idle", kind: "http-json"))
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: [
            F.event(.dossier, "D1", status: .inProgress, openedAgo: F.hour),
            F.event(.incident, "I1", status: .open, openedAgo: F.hour),
        ]), at: F.t0, durationMs: 1)
        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: [
            F.event(.feedback, "P1", status: .new, openedAgo: F.hour),
        ]), at: F.t0, durationMs: 1)
        let d = try store.dashboard(now: F.t0)
        XCTAssertEqual(d.eventSources[.dossier], ["sim"])
        XCTAssertEqual(d.eventSources[.incident], ["sim"])
        XCTAssertEqual(d.eventSources[.feedback], ["pakn"])
        XCTAssertNil(d.eventSources[.directive])
        XCTAssertFalse(d.eventSources.values.contains { $0.contains("idle") })
    }
}
