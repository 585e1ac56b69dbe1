import Foundation
import IOCDomain
import XCTest
@testable import IOCEngine

/// A source that sends one record twice in an answer: one kept (the newest case, the last value), the rest named.
final class DuplicateRecordsTests: XCTestCase {
    private let t0 = Date(timeIntervalSince1970: 1_751_500_000)

    private func event(_ id: String, _ title: String, _ minutes: Double, kind: EventKind = .feedback) -> CityEvent {
        CityEvent(kind: kind, externalID: id, title: title, status: .new, openedAt: t0,
                  updatedAt: t0.addingTimeInterval(minutes * 60))
    }

    func testTheNewestCaseAndTheLastValueAreKeptAndTheRestNamed() {
        let table: [(events: [CityEvent], observations: [Observation], kept: [String], values: [Double], note: String?)] = [
            ([event("A", "a", 0), event("B", "b", 0)], [], ["A:a", "B:b"], [], nil),
            ([event("A", "old", 0), event("B", "b", 0), event("A", "new", 5)], [], ["A:new", "B:b"], [],
             "1 duplicate records dropped (the newest kept); case A sent twice"),
            ([event("A", "new", 5), event("A", "old", 0)], [], ["A:new"], [],
             "1 duplicate records dropped (the newest kept); case A sent twice"),
            ([event("A", "case", 0), event("A", "incident", 0, kind: .incident)], [], ["A:case", "A:incident"], [], nil),
            ([], [Observation(seriesKey: "aqi.x", time: t0, value: 1), Observation(seriesKey: "aqi.x", time: t0, value: 2),
                  Observation(seriesKey: "aqi.x", time: t0 + 60, value: 3)], [], [2, 3],
             "1 duplicate records dropped (the newest kept); series aqi.x sent twice at 2025-07-03T06:46:40+07:00"),
        ]
        for (index, row) in table.enumerated() {
            let batch = DuplicateRecords.removed(from: Batch(observations: row.observations, events: row.events))
            XCTAssertEqual(batch.events.map { "\($0.externalID):\($0.title)" }, row.kept, "row \(index)")
            XCTAssertEqual(batch.observations.map(\.value), row.values, "row \(index)")
            XCTAssertEqual(batch.rejected, row.note, "row \(index)")
        }
    }

    func testANoteAddsToWhatTheConnectorSaid() {
        let batch = DuplicateRecords.removed(from: Batch(events: [event("A", "a", 0), event("A", "a", 0)],
                                                         rejected: "1 of 3 records rejected; record 2: missing id 'ma'"))
        XCTAssertEqual(batch.rejected, "1 of 3 records rejected; record 2: missing id 'ma'"
                       + " · 1 duplicate records dropped (the newest kept); case A sent twice")
    }
}
