import Foundation
@testable import IOCConsole
import IOCDomain
import TUIWidgets
import XCTest

/// Sorting a console table sorts by what the cells mean: an event list by its due moments (the day-first dates sort
/// wrongly as text), and each row keeps where it leads.
final class SortByValueTests: XCTestCase {
    func testTheDueColumnSortsByTheMomentAndTargetsFollowTheirRows() {
        let now = ConsoleFixture.now
        let dues: [(String, TimeInterval)] = [("PA-1", 2 * 86400), ("PA-2", -86400), ("PA-3", 3600), ("PA-4", 20 * 86400)]
        let events = dues.map { id, offset in
            EventSummary(event: CityEvent(kind: .feedback, externalID: id, title: "Phản ánh \(id)", status: .inProgress,
                                          openedAt: now.addingTimeInterval(-86400 * 3), dueAt: now.addingTimeInterval(offset),
                                          updatedAt: now),
                         sourceID: "pakn")
        }
        let screen = EventListScreen(kind: .feedback, agencyCode: nil, title: "PAKN", events: events, loading: false)
        var state = TableState()
        state.sortColumn = 4
        let sorted = SortedTable(EventListContent.table(screen, model: ConsoleFixture.model()), state: state)
        XCTAssertEqual(sorted.table.rows.map { $0.cells[0] }, ["PA-2", "PA-3", "PA-1", "PA-4"], "earliest due first")
        let leads = sorted.table.targets.map { target -> String? in
            if case .event(let e)? = target { return e.event.externalID }
            return nil
        }
        XCTAssertEqual(leads, ["PA-2", "PA-3", "PA-1", "PA-4"], "each row still leads to its own event")
    }
}
