import Foundation
import IOCDomain
import XCTest

final class LogChainTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_795_300_000)

    func entry(text: String = "Ngập tại phố Lạch Tray", alarms: [String] = []) -> LogEntry {
        let draft = LogEntryDraft(author: Actor(name: "Lan", role: .operator), category: .event, text: text,
                                  eventAt: Self.t0.addingTimeInterval(-600), writtenAt: Self.t0, alarmIDs: alarms,
                                  agencyCodes: ["SXD"], wardCodes: ["31190"], corrects: nil)
        return LogEntry(id: 7, shiftID: "2026-11-22 06:00", draft: draft, previousHash: LogChain.genesis, hash: "")
    }

    func testCanonicalTextNamesEveryFieldInOrder() {
        let text = LogChain.canonicalText(entry())
        let names = text.split(separator: "\n").map { String($0.split(separator: "=", maxSplits: 1)[0]) }
        XCTAssertEqual(names, ["v", "id", "shift", "author", "role", "category", "event_ms", "written_ms", "alarms",
                               "agencies", "wards", "corrects", "text", "previous"])
        XCTAssertTrue(text.contains("\ntext=Ngập tại phố Lạch Tray\n"))
        XCTAssertTrue(text.contains("\nevent_ms=1795299400000\n"))
    }

    func testEveryFieldChangesTheCanonicalText() {
        let base = entry()
        var variants: [LogEntry] = []
        var e = base; e.id = 8; variants.append(e)
        e = base; e.shiftID = "2026-11-22 14:00"; variants.append(e)
        e = base; e.author = Actor(name: "Lân", role: .operator); variants.append(e)
        e = base; e.author = Actor(name: "Lan", role: .supervisor); variants.append(e)
        e = base; e.category = .other; variants.append(e)
        e = base; e.eventAt = base.eventAt.addingTimeInterval(0.001); variants.append(e)
        e = base; e.writtenAt = base.writtenAt.addingTimeInterval(1); variants.append(e)
        e = base; e.alarmIDs = ["x"]; variants.append(e)
        e = base; e.agencyCodes = []; variants.append(e)
        e = base; e.wardCodes = ["31191"]; variants.append(e)
        e = base; e.corrects = 3; variants.append(e)
        e = base; e.text = "Ngập tại phố Lạch Tray."; variants.append(e)
        e = base; e.previousHash = String(repeating: "1", count: 64); variants.append(e)
        let texts = Set(variants.map(LogChain.canonicalText) + [LogChain.canonicalText(base)])
        XCTAssertEqual(texts.count, variants.count + 1)
    }

    func testTextCannotImitateAnotherFieldOrListSplit() {
        var forged = entry()
        forged.text = "a\nprevious=\(LogChain.genesis)"
        XCTAssertEqual(LogChain.canonicalText(forged).split(separator: "\n").count, 14)
        XCTAssertNotEqual(LogChain.canonicalText(entry(alarms: ["a,b"])), LogChain.canonicalText(entry(alarms: ["a", "b"])))
    }

    func testNFDAndNFCTextHashAlike() {
        var nfc = entry(), nfd = entry()
        nfc.text = "Hà Nội"
        nfd.text = "Ha\u{0300} No\u{0323}\u{0302}i"
        XCTAssertNotEqual(Array(nfc.text.utf8), Array(nfd.text.utf8))
        XCTAssertEqual(LogChain.canonicalText(nfc), LogChain.canonicalText(nfd))
    }
}
