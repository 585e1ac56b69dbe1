import IOCDomain
import XCTest

/// The handover machine as a table of (floor, event) → decision, like the alarm state machine's: every rule of who
/// may start and accept a handover, and the order they are checked in.
final class HandoverMachineTableTests: XCTestCase {
    static let lan = Actor(name: "Nguyễn Thị Lan", role: .operator)
    /// Lan again, as typed at another sign-on (case, spaces): the same person.
    static let lanAgain = Actor(name: "  nguyễn thị LAN ", role: .operator)
    static let minh = Actor(name: "Trần Minh", role: .operator)
    static let chief = Actor(name: "Lê Hùng", role: .supervisor)
    static let viewer = Actor(name: "PCT Thành phố", role: .viewer)

    static let emptyFloor = HandoverFloor(onDuty: nil, pending: nil)
    static let lanOnDuty = HandoverFloor(onDuty: lan, pending: nil)
    static let lanHandingOver = HandoverFloor(onDuty: lan, pending: 5)
    static let started = HandoverSummary(state: .started, outgoing: lan)
    static let accepted = HandoverSummary(state: .accepted, outgoing: lan)
    static let long = String(repeating: "ư", count: 4001)
    static let longReservations = String(repeating: "ư", count: 2001)

    typealias Row = (String, HandoverFloor, HandoverEvent, HandoverDecision)
    static let table: [Row] = [
        // Starting
        ("anyone on an empty floor", emptyFloor, .start(by: minh, narrative: nil), .start(narrative: nil)),
        ("who is on duty", lanOnDuty, .start(by: lan, narrative: nil), .start(narrative: nil)),
        ("who is on duty, named loosely", lanOnDuty, .start(by: lanAgain, narrative: nil), .start(narrative: nil)),
        ("another operator", lanOnDuty, .start(by: minh, narrative: nil), .refused(.notOnDuty(lan.name))),
        ("a supervisor for them", lanOnDuty, .start(by: chief, narrative: nil), .start(narrative: nil)),
        ("a viewer", lanOnDuty, .start(by: viewer, narrative: nil), .refused(.viewerCannotHandOver)),
        ("a viewer, before the pending one", lanHandingOver, .start(by: viewer, narrative: nil), .refused(.viewerCannotHandOver)),
        ("a second while one waits", lanHandingOver, .start(by: lan, narrative: nil), .refused(.handoverPending(5))),
        ("a supervisor while one waits", lanHandingOver, .start(by: chief, narrative: nil), .refused(.handoverPending(5))),
        ("the narrative cleaned", lanOnDuty, .start(by: lan, narrative: "  Ca êm \u{7}"), .start(narrative: "Ca êm")),
        ("an empty narrative", lanOnDuty, .start(by: lan, narrative: "   "), .refused(.narrativeMissing)),
        ("a narrative too long", lanOnDuty, .start(by: lan, narrative: long),
         .refused(.narrativeTooLong(length: 4001, limit: 4000))),
        ("the floor before the text", lanOnDuty, .start(by: minh, narrative: ""), .refused(.notOnDuty(lan.name))),
        // Accepting
        ("the next operator", lanHandingOver, .accept(id: 5, record: started, by: minh, reservations: .none),
         .accept(.accepted, reservations: nil)),
        ("a viewer", lanHandingOver, .accept(id: 5, record: started, by: viewer, reservations: .none),
         .refused(.viewerCannotTakeOver)),
        ("a viewer, before the record", emptyFloor, .accept(id: 9, record: nil, by: viewer, reservations: .none),
         .refused(.viewerCannotTakeOver)),
        ("no such handover", lanOnDuty, .accept(id: 9, record: nil, by: minh, reservations: .none), .refused(.noHandover(9))),
        ("already accepted", lanOnDuty, .accept(id: 5, record: accepted, by: minh, reservations: .none),
         .refused(.alreadyAccepted(5))),
        ("the outgoing operator", lanHandingOver, .accept(id: 5, record: started, by: lanAgain, reservations: .none),
         .refused(.ownHandover)),
        ("whoever is on duty", HandoverFloor(onDuty: minh, pending: 5),
         .accept(id: 5, record: started, by: minh, reservations: .none), .refused(.onDutyTakingOver)),
        ("with reservations, a supervisor", lanHandingOver, .accept(id: 5, record: started, by: chief, reservations: .toBeWritten),
         .accept(.acceptedWithReservations, reservations: nil)),
        ("with reservations, an operator", lanHandingOver, .accept(id: 5, record: started, by: minh, reservations: .toBeWritten),
         .refused(.reservationsNeedSupervisor)),
        ("written reservations, an operator", lanHandingOver,
         .accept(id: 5, record: started, by: minh, reservations: .written("Trạm bơm hỏng")), .refused(.reservationsNeedSupervisor)),
        ("written reservations", lanHandingOver,
         .accept(id: 5, record: started, by: chief, reservations: .written(" Trạm bơm số 2 hỏng ")),
         .accept(.acceptedWithReservations, reservations: "Trạm bơm số 2 hỏng")),
        ("empty reservations", lanHandingOver, .accept(id: 5, record: started, by: chief, reservations: .written("  ")),
         .refused(.reservationsMissing)),
        ("reservations too long", lanHandingOver,
         .accept(id: 5, record: started, by: chief, reservations: .written(longReservations)),
         .refused(.reservationsTooLong(length: 2001, limit: 2000))),
    ]

    func testEveryRowOfTheTable() {
        for (name, floor, event, expected) in Self.table {
            XCTAssertEqual(HandoverMachine.decide(event, on: floor), expected, name)
        }
    }

    /// Every refusal the machine can give appears in the table (the rest are the logbook's and the console's).
    func testTheTableReachesEveryHandoverRefusal() {
        let reached = Set(Self.table.compactMap { HandoverMachine.decide($0.2, on: $0.1).refusal })
        let expected: Set<LogbookRefusal> = [
            .viewerCannotHandOver, .handoverPending(5), .notOnDuty(Self.lan.name), .narrativeMissing,
            .narrativeTooLong(length: 4001, limit: 4000), .viewerCannotTakeOver, .noHandover(9), .alreadyAccepted(5),
            .ownHandover, .onDutyTakingOver, .reservationsNeedSupervisor, .reservationsMissing,
            .reservationsTooLong(length: 2001, limit: 2000),
        ]
        XCTAssertEqual(reached, expected)
    }
}
