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

extension CityStoreTests {
    /// Lists show the most urgent rows; the counts say how many there really are. Items with no agency are found
    /// through the "" group the dashboard shows for them.
    func testEventCountsAndTheUnassignedGroup() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.registerSource(F.source("sim"))
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: [
            F.event(.directive, "C1", status: .open, openedAgo: 10 * F.day, due: -F.hour),        // overdue
            F.event(.directive, "C2", status: .open, openedAgo: 10 * F.day, due: 3 * F.hour),     // due soon
            F.event(.directive, "C3", status: .open, openedAgo: 10 * F.day, due: 5 * F.day),      // in time
            F.event(.directive, "C4", status: .closed, openedAgo: 10 * F.day, due: -F.day, closed: -2 * F.day),
            F.event(.feedback, "P1", status: .new, agency: nil, openedAgo: F.hour),
        ]), at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.eventCounts(kind: .directive, agencyCode: nil, now: F.t0),
                       EventCounts(total: 4, open: 3, overdue: 1, dueSoon: 1))
        XCTAssertEqual(try store.dashboard(now: F.t0).directiveCounts, EventCounts(total: 4, open: 3, overdue: 1, dueSoon: 1))
        XCTAssertEqual(try store.events(kind: .feedback, agencyCode: "", openOnly: false, limit: 10, now: F.t0).map(\.event.externalID), ["P1"])
        XCTAssertEqual(try store.eventCounts(kind: .feedback, agencyCode: "", now: F.t0).open, 1)
    }
}
