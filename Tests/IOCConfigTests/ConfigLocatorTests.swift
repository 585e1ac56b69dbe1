import Foundation
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class ConfigLocatorTests: XCTestCase {
    private var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-locator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temp)
    }

    private func write(_ relative: String, _ text: String) throws {
        let url = temp.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private let layout = "name: operator\nrows:\n  - height: fill\n    panels:\n      - { id: a, kind: sources }\n"

    func testEarlierDirectoriesWinByName() throws {
        try write("explicit/Layouts/operator.yaml", layout)
        try write("env/layouts/operator.yaml", layout)
        try write("env/layouts/wall.yaml", layout.replacingOccurrences(of: "operator", with: "wall"))
        try write("env/sources.yaml", "sources: {}\n")
        let locator = ConfigLocator(explicitDirectory: temp.appendingPathComponent("explicit").path,
                                    environment: ["IOC_CONFIG_DIR": temp.appendingPathComponent("env").path,
                                                  "XDG_CONFIG_HOME": temp.appendingPathComponent("xdg").path],
                                    executablePath: "")
        XCTAssertEqual(locator.layoutPath(named: "operator"), temp.appendingPathComponent("explicit/Layouts/operator.yaml").path)
        XCTAssertEqual(locator.layoutPath(named: "wall"), temp.appendingPathComponent("env/layouts/wall.yaml").path)
        XCTAssertNil(locator.layoutPath(named: "../secret"))
        XCTAssertEqual(locator.sourcesPath(), temp.appendingPathComponent("env/sources.yaml").path)
        let names = locator.allLayoutPaths().map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(names.filter { $0 == "operator.yaml" }.count, 1)
        XCTAssertTrue(locator.allLayoutPaths().contains(temp.appendingPathComponent("explicit/Layouts/operator.yaml").path))
    }

    func testExecutablePathFindsThePackageFolders() throws {
        try write("clone/Themes/dusk.yaml", "name: dusk\ntext: white\n")
        try write("clone/.build/debug/ioc", "")
        let locator = ConfigLocator(explicitDirectory: nil, environment: [:],
                                    executablePath: temp.appendingPathComponent("clone/.build/debug/ioc").path)
        XCTAssertEqual(locator.themePath(named: "dusk"), temp.appendingPathComponent("clone/Themes/dusk.yaml").path)
        XCTAssertEqual(locator.packageDirectories.first, temp.appendingPathComponent("clone").path)
    }

    func testBuildTimePathFindsTheShippedFiles() {
        let locator = ConfigLocator(explicitDirectory: nil, environment: [:], executablePath: "")
        XCTAssertNotNil(locator.layoutPath(named: "operator"))
        XCTAssertNotNil(locator.themePath(named: "control-room"))
        XCTAssertNil(locator.sourcesPath(), "the example sources file is never picked up by itself")
    }

    func testCheckPassesOnTheShippedFilesAndReportsBrokenOnes() throws {
        let clean = ConfigCheck.run(locator: ConfigLocator(explicitDirectory: nil, environment: [:], executablePath: ""))
        XCTAssertEqual(clean.errors, [])
        XCTAssertGreaterThanOrEqual(clean.checked.count, 5)

        try write("cfg/Themes/control-room.yaml", "name: control-room\ntext: { fg: nope }\n")
        try write("cfg/Layouts/wall.yaml", layout)
        try write("cfg/sources.yaml", "sources:\n  x: { name: X }\nsimulator:\n  interval: often\nretention:\n  raw: 30d\n  hourly: 10d\n")
        let dir = temp.appendingPathComponent("cfg").path
        let broken = ConfigCheck.run(locator: ConfigLocator(explicitDirectory: dir, environment: [:], executablePath: ""))
        XCTAssertEqual(broken.errors.map(\.description), [
            "\(dir)/Layouts/wall.yaml:1: name: name 'operator' differs from the file name 'wall'; rename one of them",
            "\(dir)/Themes/control-room.yaml:2: text.fg: unknown colour 'nope'; expected #rrggbb, default, 0…255, "
                + "a colour name or a palette entry",
            "\(dir)/sources.yaml:2: sources.x.url: required key is missing",
            "\(dir)/sources.yaml:2: sources.x: one of 'observations' or 'events' is required",
            "\(dir)/sources.yaml:4: simulator.interval: expected a duration like 500ms, 5s, 2m, 1h or 7d, found 'often'",
            "\(dir)/sources.yaml:6: retention: hourly must be at least a day longer than raw",
        ])
        XCTAssertTrue(broken.checked.contains("\(dir)/sources.yaml"))
    }
}
