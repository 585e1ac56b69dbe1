import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Two consoles (two `CityStore`s on one file) acknowledging, shelving and noting at once: nothing is lost.
final class AlarmStoreConcurrencyTests: XCTestCase {
    static let t0 = AlarmStoreTests.t0

    func testTwoStoresActingOnTheSameAndDifferentAlarmsAtOnceLoseNothing() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let first = try temp.openStore()
        let second = try temp.openStore()
        let shared = (0..<10).map { "shared|s\($0)" }
        let own = ["A": (0..<10).map { "own-a|s\($0)" }, "B": (0..<10).map { "own-b|s\($0)" }]
        let everyID = shared + own["A"]! + own["B"]!
        _ = try first.applyAlarmInputs(everyID.map {
            (alarmID: $0, input: AlarmStoreTests.raise(Self.t0), template: AlarmStoreTests.template($0))
        }, policy: .standard)

        let log = AlarmDecisionLog()
        let errors = ErrorBox()
        let done = DispatchSemaphore(value: 0)
        let rounds = 5
        for (name, store, person) in [("A", first, Actor(name: "lan", role: .operator)),
                                      ("B", second, Actor(name: "minh", role: .supervisor))] {
            let mine = own[name]!
            Thread.detachNewThread {
                defer { done.signal() }
                do {
                    for round in 0..<rounds {
                        for (i, id) in (shared + mine).enumerated() {
                            let at = Self.t0 + Double(round * 100 + i + 1)
                            let inputs: [AlarmInput] = [
                                .acknowledge(by: person, at: at, note: nil),
                                .addNote(by: person, at: at, text: "\(name) vòng \(round)"),
                                .shelve(by: person, at: at, duration: 600, reason: "\(name) gác", oneShot: false),
                            ]
                            for input in inputs {
                                log.record(try store.applyAlarmInput(input, alarmID: id, template: nil))
                            }
                        }
                    }
                } catch {
                    errors.record(error)
                }
            }
        }
        for _ in 0..<2 { XCTAssertEqual(done.wait(timeout: .now() + 60), .success) }
        XCTAssertNil(errors.first)

        let decisions = log.all
        XCTAssertEqual(decisions.count, 2 * rounds * 20 * 3)
        let applied = decisions.compactMap(\.entry)
        XCTAssertEqual(try first.alarmActionCount(), everyID.count + applied.count,
                       "every accepted action has exactly one timeline row")
        for id in shared {
            let timeline = try second.alarmTimeline(id: id)
            let actions = timeline.map(\.action)
            XCTAssertEqual(actions.filter { $0 == "acknowledged" }.count, 1, "\(id): acknowledged once, by one console")
            XCTAssertEqual(actions.filter { $0 == "shelved" }.count, 1, "\(id): shelved once")
            XCTAssertEqual(Set(timeline.filter { $0.action == "note" }.compactMap(\.note)),
                           Set((0..<rounds).flatMap { ["A vòng \($0)", "B vòng \($0)"] }), "\(id): every note kept")
            XCTAssertEqual(try first.alarm(id: id)?.state, .shelved)
            for (previous, next) in zip(timeline, timeline.dropFirst()) {
                XCTAssertEqual(next.fromState, previous.toState, "\(id): the timeline is one unbroken chain")
            }
        }
        for (name, ids) in own {
            for id in ids {
                let timeline = try first.alarmTimeline(id: id)
                XCTAssertEqual(timeline.map(\.action).prefix(4), ["raised", "acknowledged", "note", "shelved"], id)
                XCTAssertEqual(timeline.filter { $0.action == "note" }.count, rounds, "\(id)")
                XCTAssertTrue(timeline.dropFirst().allSatisfy { $0.note == nil || $0.note!.hasPrefix(name) }, id)
            }
        }
        XCTAssertEqual(try first.integrityCheck(), "ok")
    }
}
