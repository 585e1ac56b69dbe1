import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// `v7-english-names`: an event's English title and a source's English name are stored beside the Vietnamese and
/// read back; a source that writes one language reads back with none, and readers show what it wrote.
final class EnglishNamesStoreTests: XCTestCase {
    func testTitlesAndSourceNamesInEnglishAreStoredAndRead() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        try store.registerSource(SourceHealth(sourceID: "simulator", name: "Mô phỏng Hải Phòng", kind: "simulator",
                                              nameEN: "Simulated Hải Phòng"))
        try store.registerSource(SourceHealth(sourceID: "pakn", name: "Cổng PAKN", kind: "http-json"))
        let incident = CityEvent(kind: .incident, externalID: "SC-1", title: "Va chạm giao thông trên Cầu Bính", status: .open,
                                 category: "traffic_accident", openedAt: now, updatedAt: now,
                                 titleEN: "Traffic collision on Cầu Bính", detailEN: "Two cars")
        try store.recordSuccess(sourceID: "simulator", batch: Batch(events: [incident]), at: now, durationMs: 1)
        let d = try temp.openStore().dashboard(now: now)
        XCTAssertEqual(d.recentIncidents.first?.event.titleEN, "Traffic collision on Cầu Bính")
        XCTAssertEqual(d.recentIncidents.first?.event.title(.en), "Traffic collision on Cầu Bính")
        XCTAssertEqual(d.recentIncidents.first?.event.title(.vi), "Va chạm giao thông trên Cầu Bính")
        XCTAssertEqual(d.recentIncidents.first?.event.detail(.en), "Two cars")
        let names = Dictionary(uniqueKeysWithValues: d.sources.map { ($0.sourceID, $0) })
        XCTAssertEqual(names["simulator"]?.name(.en), "Simulated Hải Phòng")
        XCTAssertEqual(names["pakn"]?.name(.en), "Cổng PAKN", "a configured source's name is data")
    }
}
