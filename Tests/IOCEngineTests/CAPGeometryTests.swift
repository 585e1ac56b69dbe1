import Foundation
import IOCDomain
import XCTest
@testable import IOCEngine

/// Issue 14, item 4: a CAP area given only as a polygon or a circle is placed in the wards whose centroid it holds.
final class CAPGeometryTests: XCTestCase {
    /// Three made-up centroids around Hải Phòng's centre (test points, not survey data).
    private let centroids = [
        WardCentroid(code: "11311", latitude: 20.8610, longitude: 106.6820),
        WardCentroid(code: "11320", latitude: 20.8450, longitude: 106.6900),
        WardCentroid(code: "11329", latitude: 20.9000, longitude: 106.7500),
    ]
    private let square = "20.8655,106.6760 20.8655,106.6890 20.8560,106.6890 20.8560,106.6760 20.8655,106.6760"

    func testShapesAndWhatTheyHold() {
        let table: [(polygons: [String], circles: [String], wards: [String])] = [
            ([square], [], ["11311"]),
            // A concave "L": the notch (where 11320 would be if the polygon were its bounding box) holds nothing.
            (["20.87,106.67 20.87,106.70 20.855,106.70 20.855,106.685 20.84,106.685 20.84,106.67 20.87,106.67"], [], ["11311"]),
            ([], ["20.8610,106.6820 2"], ["11311", "11320"]),   // 1.9 km to 11320: inside a 2 km circle
            ([], ["20.8610,106.6820 1.5"], ["11311"]),
            ([], ["20.8610,106.6820 0"], ["11311"]),             // the centroid itself
            ([square, "20.91,106.74 20.91,106.76 20.89,106.76 20.89,106.74 20.91,106.74"], [], ["11311", "11329"]),
            // Not shapes: unclosed, three points, a pair out of range, a negative radius — hold nothing.
            (["20.8655,106.6760 20.8655,106.6890 20.8560,106.6890 20.8560,106.6760"], [], []),
            (["20.8655,106.6760 20.8655,106.6890 20.8655,106.6760"], [], []),
            (["91,106 20,106 20,107 91,106"], ["20.8610,106.6820 -1"], []),
            ([], [], []),
        ]
        for (index, row) in table.enumerated() {
            let area = CAPMessage.Area(description: "", geocodes: [], polygons: row.polygons, circles: row.circles)
            XCTAssertEqual(CAPGeometry.wards(in: area, centroids: centroids), row.wards, "row \(index)")
        }
    }

    func testDistanceIsKilometres() {
        // Hà Nội (Hoàn Kiếm) to Hải Phòng (Hồng Bàng): about 88 km as the crow flies.
        let d = CAPGeometry.distanceKm(.init(latitude: 21.0285, longitude: 105.8542), .init(latitude: 20.8610, longitude: 106.6820))
        XCTAssertEqual(d, 88.0, accuracy: 8)
    }

    /// A message whose area is only a polygon: its ward comes from the centroids; a geocode or a ward's name wins.
    func testAMessagesWardFromItsShapeWhenItNamesNone() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/cap/valid/vn-haiphong-flood-minimal.xml")
        var message = try CAPMessage.read(Data(contentsOf: path))
        let wards = try WardNames.bundled.get()
        let now = Date(timeIntervalSince1970: 1_791_000_000)
        XCTAssertEqual(CAPEvents.event(message, now: now, wards: wards, centroids: centroids)?.wardCode, "11311", "the geocode")
        message.infos[0].areas[0].geocodes = []
        message.infos[0].areas[0].description = "Khu vực trũng ven sông"
        XCTAssertNil(CAPEvents.event(message, now: now, wards: wards)?.wardCode, "no centroids: no ward")
        let event = try XCTUnwrap(CAPEvents.event(message, now: now, wards: wards, centroids: centroids.reversed()))
        XCTAssertEqual(event.wardCode, "11311")
        XCTAssertTrue(event.detail.contains("Phường/xã trong vùng (mã): 11311"), event.detail)
    }
}
