import Foundation
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class BriefingLayoutFileTests: XCTestCase {
    func testShippedBriefingHasEverySlideKindInOrder() throws {
        let path = ConfigFixtures.packageRoot.appendingPathComponent("Layouts/briefing.yaml").path
        let layout = try BriefingLayoutFile.load(path: path)
        XCTAssertEqual(layout.name, "briefing")
        XCTAssertEqual(layout.rotation, 20)
        XCTAssertEqual(layout.slides.map(\.kind), SlideKind.allCases)
        XCTAssertEqual(layout.slides.first?.title, "Toàn cảnh thành phố")
        XCTAssertTrue(BriefingLayoutFile.isBriefing(try String(contentsOfFile: path, encoding: .utf8)))
    }

    func testOperatorLayoutIsNotABriefing() throws {
        let path = ConfigFixtures.packageRoot.appendingPathComponent("Layouts/operator.yaml").path
        XCTAssertFalse(BriefingLayoutFile.isBriefing(try String(contentsOfFile: path, encoding: .utf8)))
    }

    func testDefaultsAndPerSlideOptions() throws {
        let layout = try BriefingLayoutFile.parse("""
            name: wall
            slides:
              - kind: alarms
                top: 3
                duration: 1m
              - kind: overview
            """, file: "wall.yaml")
        XCTAssertEqual(layout, BriefingLayout(name: "wall", rotation: 20, slides: [
            SlideSpec(kind: .alarms, top: 3, duration: 60), SlideSpec(kind: .overview),
        ]))
        XCTAssertEqual(layout.duration(ofSlide: 0), 60)
        XCTAssertEqual(layout.duration(ofSlide: 1), 20)
    }

    func testEveryErrorIsLocatedAndReportedAtOnce() {
        let text = """
            name: wall
            rotation: fast
            slides:
              - kind: overveiw
              - kind: alarms
                top: 0
                colour: red
              - title: "Không loại"
            """
        XCTAssertThrowsError(try BriefingLayoutFile.parse(text, file: "wall.yaml")) { error in
            let lines = (error as? ConfigErrors)?.errors.map(\.description) ?? []
            XCTAssertEqual(lines, [
                "wall.yaml:2: rotation: expected a duration like 500ms, 5s, 2m, 1h or 7d, found 'fast'",
                "wall.yaml:4: slides[0].kind: unknown value 'overveiw' (did you mean 'overview'?); expected one of: "
                    + SlideKind.allCases.map(\.rawValue).joined(separator: ", "),
                "wall.yaml:6: slides[1].top: 0 is out of range 1…30",
                "wall.yaml:7: slides[1].colour: unknown key; expected one of: kind, title, title_en, top, duration",
                "wall.yaml:8: slides[2].kind: required key is missing",
            ])
        }
    }

    func testRotationOutOfRangeIsAnError() {
        XCTAssertThrowsError(try BriefingLayoutFile.parse("name: w\nrotation: 2h\nslides:\n  - kind: overview\n", file: "w.yaml")) { error in
            XCTAssertEqual((error as? ConfigErrors)?.errors.map(\.description),
                           ["w.yaml:2: rotation: '2h' is out of range: from 1s to 1h"])
        }
    }

    func testCheckValidatesBriefingLayouts() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("Layouts/briefing.yaml")
        try "name: briefing\nslides:\n  - kind: weather\n".write(to: file, atomically: true, encoding: .utf8)
        let locator = ConfigLocator(explicitDirectory: dir.path, environment: [:], executablePath: "")
        let result = ConfigCheck.run(locator: locator)
        let briefingErrors = result.errors.filter { $0.file.hasSuffix("briefing.yaml") }
        XCTAssertEqual(briefingErrors.map(\.key), ["slides[0].kind"])
        XCTAssertEqual(briefingErrors.first?.line, 3)
    }
}
