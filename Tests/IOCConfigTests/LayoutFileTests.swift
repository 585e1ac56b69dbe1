import Foundation
import TUICore
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class LayoutFileTests: XCTestCase {
    func testInvalidFixturesProduceTheirExactErrors() throws {
        try ConfigFixtures.assertInvalidFixtures(prefix: "layout-", minimumCount: 5) { (text, file) throws(ConfigErrors) in
            _ = try LayoutFile.parse(text, file: file)
        }
    }

    func testMinimalLayoutUsesDefaults() throws {
        let layout = try LayoutFile.parse(try ConfigFixtures.text("valid", "layout-minimal.yaml"), file: "m.yaml")
        XCTAssertEqual(layout, LayoutSpec(name: "minimal", minWidth: 80, minHeight: 24, rows: [
            LayoutRow(height: .fill(1), panels: [PanelSpec(id: "a", kind: .sources, width: .fill(1))]),
        ]))
    }

    func testShippedOperatorLayoutHasEveryPillarWithItsVietnameseTitle() throws {
        let path = ConfigFixtures.packageRoot.appendingPathComponent("Layouts/operator.yaml").path
        let layout = try LayoutFile.load(path: path)
        XCTAssertEqual(layout.name, "operator")
        XCTAssertEqual(layout.compactBelow, TerminalSize(width: 160, height: 48))
        let expected: [PanelKind: String] = [
            .socioEconomic: "Kinh tế – xã hội",
            .publicOrder: "An ninh trật tự, giao thông & môi trường",
            .government: "Hiệu quả chính quyền (thủ tục hành chính)",
            .feedback: "Phản ánh kiến nghị",
            .sources: "Nguồn dữ liệu",
            .directives: "Chỉ đạo của lãnh đạo",
            .alarms: "Cảnh báo",
        ]
        // The wide arrangement shows everything; the compact one every pillar, the alarms and the sources (an
        // overdue directive raises an alarm, so the directives list gives way on small screens).
        let compactKinds = Set(expected.keys).subtracting([.directives])
        for (arrangement, kinds) in [(layout.rows, Set(expected.keys)), (layout.compactRows, compactKinds)] {
            let panels = arrangement.flatMap(\.panels)
            XCTAssertEqual(Set(panels.map(\.kind)), kinds)
            for panel in panels {
                XCTAssertEqual(panel.title, expected[panel.kind], panel.id)
                XCTAssertNotNil(panel.titleEN, panel.id)
            }
        }
    }

    func testRowsSwitchToCompactBelowTheThreshold() throws {
        let path = ConfigFixtures.packageRoot.appendingPathComponent("Layouts/operator.yaml").path
        let layout = try LayoutFile.load(path: path)
        XCTAssertEqual(layout.rows(forWidth: 160, height: 48), layout.rows)
        XCTAssertEqual(layout.rows(forWidth: 159, height: 48), layout.compactRows)
        XCTAssertEqual(layout.rows(forWidth: 200, height: 47), layout.compactRows)
        XCTAssertEqual(layout.rows(forWidth: 80, height: 24), layout.compactRows)
        XCTAssertNotEqual(layout.rows, layout.compactRows)
    }

    func testAllErrorsOfAFileAreReportedTogetherInLineOrder() throws {
        let text = """
        name: x
        rows:
          - height: fill
            panels:
              - { id: a, kind: nope }
              - { id: b, kind: sources, widht: fill }
        extra: 1
        """
        XCTAssertThrowsError(try LayoutFile.parse(text, file: "x.yaml")) { error in
            let lines = (error as? ConfigErrors)?.errors.map(\.line)
            XCTAssertEqual(lines, [5, 6, 7])
        }
    }

    func testMissingFileIsALocatedError() {
        do {
            _ = try LayoutFile.load(path: "/nonexistent/ioc/layout.yaml")
            XCTFail("loaded a missing file")
        } catch {
            XCTAssertEqual(error.description,
                           "/nonexistent/ioc/layout.yaml:0: (file): cannot read the file (missing or not readable)")
        }
    }

    func testEmptyFileIsAnError() {
        XCTAssertThrowsError(try LayoutFile.parse("# only a comment\n", file: "e.yaml")) { error in
            XCTAssertEqual("\(error)", "e.yaml:1: (document): the file is empty")
        }
    }
}
