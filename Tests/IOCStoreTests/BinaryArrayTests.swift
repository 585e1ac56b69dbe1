import Foundation
@testable import IOCStore
import XCTest

/// PostgreSQL's binary form of a one-dimensional array of 8-byte values (`array_send`), as `recentPoints` reads it:
/// well-formed arrays whole, anything else empty or cut at the first element that is not 8 bytes — never a crash on
/// a short or lying header.
final class BinaryArrayTests: XCTestCase {
    /// The binary form: dimensions, has-nulls, element type, length, lower bound, then (byte count, bytes) each.
    func form(_ values: [UInt64], dimensions: UInt32 = 1, length: UInt32? = nil, elementSize: UInt32 = 8) -> [UInt8] {
        func word(_ w: UInt32) -> [UInt8] { withUnsafeBytes(of: w.bigEndian, Array.init) }
        var bytes = word(dimensions) + word(0) + word(20) + word(length ?? UInt32(values.count)) + word(1)
        for v in values { bytes += word(elementSize) + withUnsafeBytes(of: v.bigEndian, Array.init) }
        return bytes
    }

    func testTheElementsOfAWellFormedArray() {
        let values: [UInt64] = [0, 1, UInt64(bitPattern: -5), (2.5).bitPattern, UInt64.max]
        XCTAssertEqual(CityStore.binaryArray(form(values)), values)
        XCTAssertEqual(CityStore.binaryArray(form([])), [])
    }

    func testShortOrMalformedFormsGiveWhatIsWhole() {
        XCTAssertEqual(CityStore.binaryArray(nil), [])
        XCTAssertEqual(CityStore.binaryArray([]), [])
        XCTAssertEqual(CityStore.binaryArray(Array(form([7])[0..<12])), [], "an empty array's 12-byte header")
        XCTAssertEqual(CityStore.binaryArray(form([7], dimensions: 2)), [], "two dimensions")
        XCTAssertEqual(CityStore.binaryArray(form([7, 8], length: 1000)), [7, 8], "a length beyond the bytes")
        XCTAssertEqual(CityStore.binaryArray(Array(form([7, 8]).dropLast(3))), [7], "a last element cut short")
        XCTAssertEqual(CityStore.binaryArray(form([7, 8], elementSize: 4)), [], "4-byte elements are not read as 8")
    }
}
