import Foundation
import IOCConfig
import IOCDomain
import XCTest

/// The ward centroids file a cap source may name: every mistake named with the file and line.
final class WardCentroidsFileTests: XCTestCase {
    func testAGoodFileWithABOMAndColumnsInAnyOrder() throws {
        let text = "\u{FEFF}latitude,unit_code,name,longitude\n20.8610,11311,Hồng Bàng,106.6820\n\n21.0285,70,Hoàn Kiếm,105.8542\n"
        let centroids = try WardCentroidsFile.parse(text, file: "c.csv").get()
        XCTAssertEqual(centroids, [WardCentroid(code: "11311", latitude: 20.861, longitude: 106.682),
                                   WardCentroid(code: "70", latitude: 21.0285, longitude: 105.8542)])
    }

    func testMistakesAreLocated() {
        let table: [(text: String, said: String)] = [
            ("code,lat,lon\n1,2,3\n", "c.csv:1: header: expected the columns unit_code, latitude, longitude"),
            ("unit_code,latitude,longitude\n11311,21,5,106\n", "c.csv:2: columns: 4 fields where the header has 3"),
            ("unit_code,latitude,longitude\n11311,95,106\n", "c.csv:2: latitude: '95' is not a number of degrees within ±90"),
            ("unit_code,latitude,longitude\n11311,20.8,abc\n", "c.csv:2: longitude: 'abc' is not a number of degrees within ±180"),
            ("unit_code,latitude,longitude\nHB,20.8,106.6\n", "c.csv:2: unit_code: 'HB' is not an official unit code"),
            ("unit_code,latitude,longitude\n11311,20.8,106.6\n11311,20.9,106.7\n", "c.csv:3: unit_code: 11311 is listed twice"),
            ("unit_code,latitude,longitude\n", "c.csv:1: rows: no ward is listed"),
        ]
        for row in table {
            switch WardCentroidsFile.parse(row.text, file: "c.csv") {
            case .success(let c): XCTFail("\(row.text) read as \(c)")
            case .failure(let errors): XCTAssertTrue(errors.description.contains(row.said), errors.description)
            }
        }
    }

    func testACAPSourceNamesItsFileAndItsMistakesAreLocatedInBoth() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-centroids-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "unit_code,latitude,longitude\n11311,20.8610,106.6820\n".write(to: file, atomically: true, encoding: .utf8)
        let yaml = { (path: String) in
            "sources:\n  canh-bao:\n    name: \"CAP\"\n    kind: cap\n    folder: /srv/ioc/drop/cap\n    ward_centroids: \(path)\n"
        }
        let sources = try SourcesFile.parse(yaml(file.path), file: "s.yaml")
        guard case .cap(let cap) = sources.first?.kind else { return XCTFail("\(sources)") }
        XCTAssertEqual(cap.wardCentroids.map(\.code), ["11311"])

        try "unit_code,latitude,longitude\n11311,20.8610,east\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SourcesFile.parse(yaml(file.path), file: "s.yaml")) { error in
            XCTAssertTrue("\(error)".contains("s.yaml:6: sources.canh-bao.ward_centroids: \(file.path):2: longitude: 'east'"), "\(error)")
        }
        XCTAssertThrowsError(try SourcesFile.parse(yaml("centroids.csv"), file: "s.yaml")) { error in
            XCTAssertTrue("\(error)".contains("must be an absolute path"), "\(error)")
        }
    }
}
