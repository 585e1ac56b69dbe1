import Foundation
import IOCConfig
import IOCDomain
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// Issue 14, item 4: CAP 1.2 alerts from a feed on 127.0.0.1 (`Tests/Fixtures/cap/serve.py`) and from a drop folder.
/// A chain (Alert, Update, Cancel) is one alert that ends cancelled; exercises and tests are marked, never real; a
/// passed `expires` closes an alert; areas land in wards; an invalid or hostile message is refused with its reason.
final class CAPConnectorTests: XCTestCase {
    private var server: FixtureServer?
    private var folder: URL?

    override func tearDown() {
        server?.stop()
        server = nil
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private static let fixtures = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/cap")
    private static let root = "canhbao@ioc.haiphong.example,HP-LU-20261012-0001,2026-10-12T06:30:00+07:00"

    private func connector(_ origin: CAPSource.Origin) -> CAPConnector {
        let source = CAPSource(origin: origin)
        return CAPConnector(config: SourceConfig(id: "cap", name: "Cảnh báo", interval: 30, kind: .cap(source)),
                            source: source)
    }

    private func served(_ server: FixtureServer) throws -> [String] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: server.url("/_control/log"))) as? [String])
    }

    func testAFeedsChainIsOneAlertThatEndsCancelledAndEachLinkIsReadOnce() async throws {
        let server = try FixtureServer(script: "cap/serve.py")
        self.server = server
        let cap = connector(.url(server.url("/cap/feeds/atom-links.xml"), headers: [:]))
        let first = try await cap.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertNil(first.rejected)
        XCTAssertEqual(first.events.map(\.externalID), [Self.root], "the Update and Cancel are filed under the Alert: one alert")
        XCTAssertEqual(first.events.map(\.sourceStatus), ["Actual Cancel"], "the chain's newest message stands for it")
        XCTAssertEqual(first.events.last?.status, .cancelled)
        XCTAssertEqual(first.events.first?.kind, .alert)

        let second = try await cap.poll(cursor: first.cursor, now: Date(), limits: PollLimits())
        XCTAssertTrue(second.events.isEmpty)
        let messages = try served(server).filter { $0.hasPrefix("/cap/valid/") }
        XCTAssertEqual(messages.count, 3, "each linked message fetched once: \(messages)")

        let rss = try await connector(.url(server.url("/cap/feeds/rss-links.xml"), headers: [:]))
            .poll(cursor: nil, now: Date(), limits: PollLimits())
        let typhoon = try XCTUnwrap(rss.events.first { $0.titleEN != nil })
        XCTAssertTrue(typhoon.title.contains("bão") || typhoon.title.contains("Bão"), typhoon.title)
        XCTAssertNotEqual(typhoon.titleEN, typhoon.title, "the en-US block gives the English title")

        let inline = try await connector(.url(server.url("/cap/feeds/atom-inline.xml"), headers: [:]))
            .poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertEqual(inline.events.count, 1)
    }

    func testAFolderOfMessagesExercisesMarkedExpiredClosedInvalidAndHostileRejected() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-cap-\(UUID().uuidString)")
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in ["valid/vn-hanoi-exercise.xml", "valid/vn-hanoi-test.xml", "valid/vn-haiphong-heat-expired.xml",
                     "valid/vn-haiphong-flood-alert.xml", "invalid/missing-sender.xml", "hostile/billion-laughs.xml",
                     "hostile/xxe-file-passwd.xml"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(file),
                                             to: folder.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent))
        }
        let cap = connector(.folder(folder.path, settle: 0))
        let look = try await cap.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertTrue(look.events.isEmpty, "a file is read once it has kept its size between two looks")
        let batch = try await cap.poll(cursor: look.cursor, now: Date(), limits: PollLimits())
        let byID = Dictionary(uniqueKeysWithValues: batch.events.map { ($0.externalID.split(separator: ",")[1], $0) })
        let exercise = try XCTUnwrap(byID["HN-DT-20261105-0001"])
        XCTAssertTrue(exercise.title.hasPrefix("[DIỄN TẬP] "), exercise.title)
        XCTAssertFalse(exercise.title.hasPrefix("[DIỄN TẬP] [DIỄN TẬP]"), "not marked twice")
        XCTAssertEqual(exercise.sourceStatus, "Exercise Alert")
        let test = try XCTUnwrap(batch.events.first { $0.sourceStatus?.hasPrefix("Test") == true })
        XCTAssertTrue(test.title.hasPrefix("[THỬ NGHIỆM] "), test.title)
        let expired = try XCTUnwrap(byID["HP-NN-20200601-0001"])
        XCTAssertEqual(expired.status, .closed)
        XCTAssertEqual(expired.closedAt, expired.dueAt)
        XCTAssertEqual(byID["HP-LU-20261012-0001"]?.status, .open)
        XCTAssertEqual(byID["HP-LU-20261012-0001"]?.wardCode, "11311", "by the area's geocode")
        XCTAssertEqual(byID["HP-LU-20261012-0001"]?.severity, 1, "Severe, Immediate, Observed")

        let reasons = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("rejected").path)
            .filter { $0.hasSuffix(".reason.txt") }.sorted()
        XCTAssertEqual(reasons, ["billion-laughs.xml.reason.txt", "missing-sender.xml.reason.txt", "xxe-file-passwd.xml.reason.txt"])
        let missing = try String(contentsOf: folder.appendingPathComponent("rejected/missing-sender.xml.reason.txt"), encoding: .utf8)
        XCTAssertTrue(missing.contains("<sender> expected"), missing)
        let bomb = try String(contentsOf: folder.appendingPathComponent("rejected/billion-laughs.xml.reason.txt"), encoding: .utf8)
        XCTAssertTrue(bomb.contains("DOCTYPE"), bomb)
        XCTAssertTrue(batch.rejected?.contains("missing-sender.xml rejected") == true, batch.rejected ?? "")

        let after = try await cap.poll(cursor: batch.cursor, now: Date(), limits: PollLimits())
        XCTAssertTrue(after.events.isEmpty)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("done").path).count, 4,
                       "the stored messages moved to done/")
    }

    func testPriorityFollowsSeverityUrgencyAndCertainty() {
        let table: [(String, String, String, Int)] = [
            ("Extreme", "Immediate", "Observed", 1), ("Severe", "Immediate", "Observed", 1),
            ("Severe", "Expected", "Likely", 2), ("Severe", "Future", "Likely", 3), ("Severe", "Future", "Possible", 4),
            ("Moderate", "Immediate", "Observed", 3), ("Minor", "Immediate", "Observed", 4),
            ("Extreme", "Past", "Observed", 4), ("Extreme", "Immediate", "Unlikely", 4), ("Unknown", "Unknown", "Unknown", 4),
            ("Extreme", "Unknown", "Unknown", 3),
        ]
        for (severity, urgency, certainty, expected) in table {
            XCTAssertEqual(CAPPriority.priority(severity: severity, urgency: urgency, certainty: certainty), expected,
                           "\(severity) × \(urgency) × \(certainty)")
        }
    }

    func testCAPTimesMustHaveAnOffsetAndExist() {
        XCTAssertEqual(CAPTime.date("2026-10-12T06:30:00+07:00"), ISO8601DateFormatter().date(from: "2026-10-11T23:30:00Z"))
        XCTAssertEqual(CAPTime.date("2026-10-12T24:00:00+07:00"), CAPTime.date("2026-10-13T00:00:00+07:00"))
        for bad in ["2026-10-12T06:30:00Z", "2026-10-12T06:30:00", "2026-02-30T06:30:00+07:00", "2026-10-12T06:30:60+07:00",
                    "2026-10-12T06:30:00+15:00", "2026-10-12T06:30:00,07:00", "2026-10-12T06:30:00.5+07:00"] {
            XCTAssertNil(CAPTime.date(bad), bad)
        }
    }
}
