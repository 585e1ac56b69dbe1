import Foundation
@testable import IOCBriefing
import IOCDomain
import TUICore
import XCTest

/// The wall's agency names in its language: English names where the store has them, the Vietnamese name where it
/// has none, ranked in the same order in both languages.
final class AgencyNameSlidesTests: XCTestCase {
    /// Slide `slide` (0-based) with Sở Xây dựng and Sở Nông nghiệp và Môi trường named in English.
    private func screen(slide: Int, _ language: Language) -> String {
        var m = BriefingFixture.model(width: 160, height: 48, slide: slide, language: language)
        var d = BriefingFixture.dashboard
        for i in d.government.indices {
            switch d.government[i].agencyCode {
            case "SXD": d.government[i].agencyNameEN = "Department of Construction"
            case "SNNMT": d.government[i].agencyNameEN = "Department of Agriculture and Environment"
            default: break
            }
        }
        for i in d.feedback.indices where d.feedback[i].agencyCode == "SXD" {
            d.feedback[i].agencyNameEN = "Department of Construction"
        }
        for i in d.directives.indices where d.directives[i].event.agencyCode == "SXD" {
            d.directives[i].agencyNameEN = "Department of Construction"
        }
        BriefingUpdate.update(&m, .dashboardLoaded(d))
        return SnapshotText.render(BriefingView.render(m))
    }

    /// The line of `screen` that names `agency`, or "" when none does.
    private func line(_ screen: String, naming agency: String) -> String {
        screen.components(separatedBy: "\n").first { $0.contains(agency) } ?? ""
    }

    func testGovernmentSlideRanksEnglishNamesInTheVietnameseOrder() {
        let english = screen(slide: 2, .en)
        XCTAssertTrue(english.contains("Department of Construction"), english)
        XCTAssertTrue(english.contains("Department of Agriculture and Environment"), english)
        XCTAssertTrue(english.contains("Sở Tư pháp"), "no English name: the Vietnamese one")
        XCTAssertFalse(english.contains("Sở Xây dựng"), english)
        let vietnamese = screen(slide: 2, .vi)
        XCTAssertFalse(vietnamese.contains("Department of"), vietnamese)
        // The rank cell ("1/4") opens each row: the same agency holds the same rank in both languages.
        let pairs = [("Sở Xây dựng", "Department of Construction"), ("Sở Tư pháp", "Sở Tư pháp"),
                     ("Sở Tài chính", "Sở Tài chính"), ("Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment")]
        for (vi, en) in pairs {
            let viRank = line(vietnamese, naming: vi).split(separator: " ").first { $0.contains("/4") }
            let enRank = line(english, naming: en).split(separator: " ").first { $0.contains("/4") }
            XCTAssertNotNil(viRank, vi)
            XCTAssertEqual(viRank, enRank, vi)
        }
    }

    func testFeedbackAndDirectiveSlidesNameAgenciesInEnglish() {
        let feedback = screen(slide: 3, .en)
        XCTAssertTrue(feedback.contains("Department of Construction"), feedback)
        XCTAssertTrue(feedback.contains("Công an thành phố"), "no English name: the Vietnamese one")
        let directives = screen(slide: 8, .en)
        XCTAssertTrue(directives.contains("Department of Construction"), directives)
        XCTAssertFalse(directives.contains("Sở Xây dựng"), directives)
    }
}
