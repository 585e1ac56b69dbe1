import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// The simulator's event plays (`--play storm`, `dossier-backlog`, `directive-overdue`): nothing before the play, then a
/// minute after it the storm bulletin in force (its event type and risk level what the storm scenario's triggers read),
/// eight of one agency's dossiers due two minutes after the play, and a directive likewise; polled at any cadence.
final class PlayedEventsTests: XCTestCase {
    let play = Date(timeIntervalSince1970: 1_795_000_000)

    func testEachPlayAppearsAMinuteAfterItAndGoesOverdueAMinuteLater() throws {
        let plays = [SimulatorPlay.Kind.storm, .dossierBacklog, .directiveOverdue].map { SimulatorPlay(kind: $0, at: play) }
        let connector = SimulatorConnector(city: .haiphong, seed: 7, model: try CityModel.load(.haiphong), plays: plays)
        let first = connector.batch(cursor: nil, now: play)
        XCTAssertTrue(first.events.filter { $0.externalID.contains("SIM") }.isEmpty, "nothing before it appears")
        var cursor = first.cursor
        var seen: [CityEvent] = []
        // Polled every 20 s for three minutes.
        for step in 1...9 {
            let batch = connector.batch(cursor: cursor, now: play + Double(step) * 20)
            cursor = batch.cursor
            seen += batch.events.filter { $0.externalID.contains("SIM") }
        }
        let alert = try XCTUnwrap(seen.first { $0.kind == .alert })
        XCTAssertEqual(alert.openedAt, play + 60)
        XCTAssertEqual(alert.category, "Bão")
        XCTAssertEqual(alert.sourceStatus, "Actual Alert")
        XCTAssertTrue(alert.status.isOpen)
        let facts = AlertFacts(event: alert.category, text: alert.title + "\n" + alert.detail)
        XCTAssertEqual(facts.hazard, "storm")
        XCTAssertEqual(facts.riskLevel, 4)
        let dossiers = seen.filter { $0.kind == .dossier }
        XCTAssertEqual(dossiers.count, 8, "each written once")
        XCTAssertEqual(Set(dossiers.compactMap(\.agencyCode)), ["SXD"])
        XCTAssertTrue(dossiers.allSatisfy { $0.dueAt == play + 120 && $0.status == .inProgress })
        XCTAssertEqual(DeadlineStatus.classify(dossiers[0], now: play + 180), .overdue)
        let directive = try XCTUnwrap(seen.first { $0.kind == .directive })
        XCTAssertEqual(directive.dueAt, play + 120)
        XCTAssertEqual(directive.agencyCode, "CTTN")
        XCTAssertEqual(seen.count, 10)
    }

    func testThePlaysAreParsedAndOthersRefusedWithTheList() throws {
        XCTAssertEqual(try SimulatorPlay.parse("storm").get(), SimulatorPlay(kind: .storm))
        XCTAssertEqual(try SimulatorPlay.parse("dossier-backlog").get(), SimulatorPlay(kind: .dossierBacklog))
        guard case .failure(let error) = SimulatorPlay.parse("earthquake") else { return XCTFail("accepted") }
        XCTAssertTrue(error.message.contains("storm, dossier-backlog, directive-overdue"), error.message)
        guard case .failure = SimulatorPlay.parse("storm:2") else { return XCTFail("a level on storm accepted") }
    }

    func testAFeedbackSurgeIsOneProblemReportedManyTimesInOneWard() throws {
        let connector = SimulatorConnector(city: .haiphong, seed: 7, model: try CityModel.load(.haiphong),
                                           plays: [SimulatorPlay(kind: .feedbackSurge, at: play)])
        var cursor = connector.batch(cursor: nil, now: play).cursor
        var feedback: [CityEvent] = []
        for step in 1...12 {
            let batch = connector.batch(cursor: cursor, now: play + Double(step) * 300)
            cursor = batch.cursor
            feedback += batch.events.filter { $0.kind == .feedback && $0.openedAt > play }
        }
        var topics: [String: Set<String>] = [:]
        for e in feedback { topics[e.category + "@" + (e.wardCode ?? ""), default: []].insert(e.externalID) }
        let largest = topics.values.map(\.count).max() ?? 0
        XCTAssertGreaterThanOrEqual(largest, 8, "the shipped rule's eight within the hour after the start: \(topics.mapValues(\.count))")
    }

    func testASourceDownPlayFailsThePollsForAQuarterOfAnHour() async throws {
        let connector = SimulatorConnector(city: .haiphong, seed: 7, model: try CityModel.load(.haiphong),
                                           plays: [SimulatorPlay(kind: .sourceDown, at: play)])
        let limits = PollLimits()
        // (seconds after the play, fails?)
        for (offset, fails) in [(0.0, false), (59.0, false), (60.0, true), (600.0, true), (960.0, true), (961.0, false)] {
            do {
                _ = try await connector.poll(cursor: nil, now: play + offset, limits: limits)
                XCTAssertFalse(fails, "+\(offset) s answered")
            } catch {
                XCTAssertTrue(fails, "+\(offset) s failed: \(error)")
                XCTAssertTrue(String(describing: error).contains("--play source-down"))
            }
        }
    }
}
