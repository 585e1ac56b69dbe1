import Foundation
@testable import IOCDomain
import XCTest

/// The English handover names agencies in English where the dashboard had an English name, else in Vietnamese; the
/// Vietnamese handover keeps the Vietnamese names.
extension HandoverMarkdownTests {
    func testEnglishHandoverNamesAgenciesInEnglish() {
        var d = HandoverFixture.snapshot
        for i in d.government.indices where d.government[i].agencyCode == "SXD" {
            d.government[i].agencyNameEN = "Department of Construction"
        }
        for i in d.directives.indices { d.directives[i].agencyNameEN = "Department of Construction" }
        let sections = HandoverAssembly.sections(from: d, entries: [], now: HandoverFixture.now)
        XCTAssertEqual(sections.overdueByAgency.first { $0.agencyCode == "CA" }?.agencyNameEN, nil,
                       "no English name is kept as none")
        var r = HandoverFixture.record
        r.sections = sections
        let en = HandoverMarkdown.render(r, .en)
        XCTAssertTrue(en.contains("- Department of Construction (SXD): late dossiers 2"), en)
        XCTAssertTrue(en.contains("- Công an (CA): late dossiers 0"), "no English name: the Vietnamese one")
        XCTAssertTrue(en.contains(" · Department of Construction"), en)
        let vi = HandoverMarkdown.render(r)
        XCTAssertFalse(vi.contains("Department of Construction"), vi)
        XCTAssertTrue(vi.contains("- Sở Xây dựng (SXD): hồ sơ trễ hạn 2"), vi)
    }

    func testHandoverRecordsWrittenBeforeEnglishNamesStillDecode() throws {
        let json = #"{"agencyCode":"SXD","agencyName":"Sở Xây dựng","lateDossiers":1,"dueSoonDossiers":0,"overdueFeedback":0,"dueSoonFeedback":0}"#
        let o = try JSONDecoder().decode(HandoverOverdue.self, from: Data(json.utf8))
        XCTAssertNil(o.agencyNameEN)
        XCTAssertEqual(o.agencyName(.en), "Sở Xây dựng")
        let encoded = String(decoding: try JSONEncoder().encode(o), as: UTF8.self)
        XCTAssertFalse(encoded.contains("agencyNameEN"), "an old record encodes as it was: its hash does not change")
    }
}
