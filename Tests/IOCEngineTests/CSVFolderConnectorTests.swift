import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// The CSV drop folder against fixture files: Vietnamese numbers and dates, UTF-8 with or without a byte-order mark,
/// other encodings refused with a reason, a growing file never read, and files moved only once their batch is stored.
final class CSVFolderConnectorTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func connector(settle: Double = 10) -> CSVFolderConnector {
        let mapping = SourceMapping(records: FieldPath(components: []), target: .observations(ObservationMapping(
            seriesKey: TextTemplate("kt.{ma_chi_tieu}")!, value: FieldPath("gia_tri")!, time: FieldPath("ky")!,
            series: SeriesTemplate(pillar: .socioEconomic, name: TextTemplate("{ten}")!, nameEN: TextTemplate("{ten}")!,
                                   unit: "tỷ đồng"))))
        let source = CSVFolderSource(folder: folder.path, settle: settle, mapping: mapping)
        return CSVFolderConnector(config: SourceConfig(id: "thong-ke", name: "Cục Thống kê", kind: .csvFolder(source)),
                                  source: source)
    }

    /// Writes a file last modified an hour ago (settled, as far as time goes).
    @discardableResult
    private func drop(_ name: String, _ data: Data, age: TimeInterval = 3600) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: url.path)
        return url
    }

    private func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) }

    private let table = "ma_chi_tieu,ten,gia_tri,ky\nthu_ngan_sach,Thu ngân sách,\"179.035,5\",31/10/2026\ngrdp,Tăng trưởng GRDP,\"11,5%\",30/09/2026\nvon_dau_tu,Vốn đầu tư,1.204,31/10/2026\n"

    func testVietnameseNumbersAndDatesWithAByteOrderMarkAndTheFileMovedOnceStored() async throws {
        let c = connector()
        try drop("ktxh-2026-10.csv", Data([0xEF, 0xBB, 0xBF]) + Data(table.utf8))
        let first = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertTrue(first.observations.isEmpty, "the first look only notes the size")
        let second = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        let values = Dictionary(uniqueKeysWithValues: second.observations.map { ($0.seriesKey, $0.value) })
        XCTAssertEqual(values, ["kt.thu_ngan_sach": 179_035.5, "kt.grdp": 11.5, "kt.von_dau_tu": 1204])
        let october = try XCTUnwrap(second.observations.first { $0.seriesKey == "kt.thu_ngan_sach" }?.time)
        XCTAssertEqual(VietnamTime.dateTime(october).prefix(10), "31/10/2026", "dd/MM/yyyy in Vietnam time")
        XCTAssertEqual(second.seriesDefinitions.first { $0.key == "kt.grdp" }?.name, "Tăng trưởng GRDP")
        XCTAssertEqual(second.cursor, "ktxh-2026-10.csv")
        XCTAssertTrue(exists("ktxh-2026-10.csv"), "not moved before its batch is stored")

        // The batch was not stored (no cursor came back): the file is read again, not lost.
        let again = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertEqual(again.observations.count, 3)
        // Stored: the next poll, given the stored cursor, moves it to done/ and reads nothing new.
        let after = try await c.poll(cursor: again.cursor, now: Date(), limits: PollLimits())
        XCTAssertTrue(after.observations.isEmpty)
        XCTAssertNil(after.cursor, "the stored cursor stands")
        XCTAssertFalse(exists("ktxh-2026-10.csv"))
        XCTAssertTrue(exists("done/ktxh-2026-10.csv"))
    }

    func testAFileStillBeingWrittenIsNeverRead() async throws {
        let c = connector(settle: 5)
        let url = try drop("dang-chep.csv", Data("ma_chi_tieu,ten,gia_tri,ky\n".utf8))
        _ = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        // It grows between two looks: not read, whatever its age.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("grdp,GRDP,\"11,5\",30/09/2026\n".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: url.path)
        let growing = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertTrue(growing.observations.isEmpty, "its size moved since the last look")
        // Touched a moment ago: not read either, though its size stands.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        let fresh = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertTrue(fresh.observations.isEmpty, "written within the settle time")
        let settled = try await c.poll(cursor: nil, now: Date().addingTimeInterval(10), limits: PollLimits())
        XCTAssertEqual(settled.observations.map(\.value), [11.5])
    }

    func testOtherEncodingsAndBrokenFilesAreRejectedWithAReasonBesideThem() async throws {
        let c = connector()
        // "Thu ngân sách" in Windows-1258/CP1252-like single bytes: not UTF-8.
        try drop("cp1252.csv", Data("ma_chi_tieu,ten,gia_tri,ky\nthu,Thu ng".utf8) + Data([0xE2, 0x6E, 0x20, 0xF1]) + Data(",1,01/10/2026\n".utf8))
        try drop("rong.csv", Data())
        try drop("khong-doc-duoc.csv", Data("a,b\n1,2\n".utf8))
        try drop("tot.csv", Data(table.utf8))
        _ = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        let batch = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
        XCTAssertEqual(batch.observations.count, 3, "the good file is read beside the bad ones")
        XCTAssertEqual(batch.cursor, "tot.csv")
        for name in ["cp1252.csv", "rong.csv", "khong-doc-duoc.csv"] {
            XCTAssertTrue(exists("rejected/\(name)"), name)
            XCTAssertTrue(exists("rejected/\(name).reason.txt"), name)
        }
        let reason = try String(contentsOf: folder.appendingPathComponent("rejected/cp1252.csv.reason.txt"), encoding: .utf8)
        XCTAssertTrue(reason.contains("not UTF-8"), reason)
        XCTAssertTrue(reason.contains("CSV UTF-8"), "says what to do: \(reason)")
        let health = try XCTUnwrap(batch.rejected)
        XCTAssertTrue(health.contains("cp1252.csv rejected"), health)
    }

    func testAMissingFolderIsAFailingSource() async {
        let c = connector()
        try? FileManager.default.removeItem(at: folder)
        do {
            _ = try await c.poll(cursor: nil, now: Date(), limits: PollLimits())
            XCTFail("a missing folder must fail the poll")
        } catch {
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
    }

    func testVietnameseNumbers() {
        let table: [(String, Double?)] = [
            ("1.234,5", 1234.5), ("12,5%", 12.5), ("1.204", 1204), ("12,25", 12.25), ("-3", -3), ("−3", -3),
            ("1.5", 1.5), ("179.035.500", 179_035_500), ("12 345", 12_345), ("1,2,3", nil), ("abc", nil), ("", nil),
        ]
        for (text, expected) in table {
            XCTAssertEqual(RecordNumbers.vietnamese.read(text), expected, text)
        }
        XCTAssertEqual(RecordNumbers.json.read(" 1234.5 "), 1234.5)
        XCTAssertNil(RecordNumbers.json.read("1.234,5"), "JSON numbers are not read the Vietnamese way")
        // Numbers sent as text: decimal only, finite only (Swift's Double alone would read the first three).
        for text in ["0x1F", "nan", "Infinity", "1e999", "8 7", "4O"] {
            XCTAssertNil(RecordNumbers.json.read(text), text)
        }
        XCTAssertEqual(RecordNumbers.json.read("-1.5e3"), -1500)
    }
}
