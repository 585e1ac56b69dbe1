import Foundation
@testable import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Case codes and dossier numbers are read out on the phone: their column gets their whole width at every size,
/// and the other columns shrink (or go) first.
final class IdentifierColumnTests: XCTestCase {
    private let codes = ["PA-B2992791-2025-11-18", "HS-000.00.31.H26-251118-0042"]

    private func listed(width: Int, height: Int, language: Language) throws -> String {
        var m = ConsoleFixture.model(width: width, height: height, language: language)
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .feedback })
        _ = ConsoleUpdate.update(&m, .key(.enter))
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .feedback, agencyCode: "SXD", events: [
            ConsoleFixture.feedbackCase(codes[0], dueInHours: -3), ConsoleFixture.feedbackCase(codes[1], dueInHours: 30),
        ]))
        return SnapshotText.render(ConsoleView.render(m))
    }

    func testCaseCodesAreNeverCut() throws {
        for (width, height) in [(80, 24), (132, 40), (200, 60), (300, 80)] {
            for language in [Language.vi, .en] {
                let text = try listed(width: width, height: height, language: language)
                for code in codes { XCTAssertTrue(text.contains(code + " "), "\(width)x\(height) \(language): \(code)\n\(text)") }
            }
        }
    }
}
