import Foundation
import IOCTestSupport
import XCTest

/// `ioc anomaly score FILE.csv`: NAB's input in, NAB's results columns out, every score in [0, 1] from the points
/// before it only (changing the future changes no past score), a bad line named by file and line with nothing written.
final class AnomalyScoreEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-anomaly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A daily cycle every 5 minutes for `days` days, a spike at `spike` (index), as NAB writes timestamps.
    func series(days: Int, spike: Int?, tail: Double = 0) -> String {
        var lines = ["timestamp,value"]
        let start = Date(timeIntervalSince1970: 1_767_225_600)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let count = days * 288
        for i in 0..<count {
            var v = 50 + 20 * sin(2 * Double.pi * Double(i) / 288) + Double((i * 7919) % 13) / 6.5
            if i == spike { v += 120 }
            if i >= count - 10 { v += tail }
            lines.append("\(formatter.string(from: start + Double(i) * 300)),\(String(format: "%.2f", v))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func score(_ text: String, name: String) throws -> (rows: [[String]], result: ShellCommand.Result) {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = ShellCommand.run("\(ProductsDirectory.ioc) anomaly score '\(path)'")
        return (r.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }, r)
    }

    func testScoresAreNABsColumnsInRangeAndUseOnlyThePast() throws {
        let spikeAt = 5 * 288 + 100
        let (rows, result) = try score(series(days: 7, spike: spikeAt), name: "a.csv")
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(rows.first, ["timestamp", "value", "anomaly_score"])
        let scores = rows.dropFirst().compactMap { Double($0[2]) }
        XCTAssertEqual(scores.count, 7 * 288)
        XCTAssertTrue(scores.allSatisfy { (0...1).contains($0) })
        XCTAssertGreaterThan(scores[spikeAt], 0.9, "the spike")
        let quiet = scores[(3 * 288)..<(5 * 288)].sorted()
        XCTAssertLessThan(quiet[quiet.count * 99 / 100], 0.5, "the daily cycle, once learnt, is not an anomaly")

        // The same file with its last ten values wild: no earlier score changes.
        let (changed, _) = try score(series(days: 7, spike: spikeAt, tail: 500), name: "b.csv")
        XCTAssertEqual(Array(changed.dropFirst().prefix(7 * 288 - 10)), Array(rows.dropFirst().prefix(7 * 288 - 10)))
        XCTAssertNotEqual(changed.last, rows.last)
    }

    func testABadLineIsNamedAndNothingIsWritten() throws {
        let output = directory.appendingPathComponent("out.csv").path
        for (text, message) in [
            ("timestamp,value\n2026-01-01 00:00:00,1\n2026-01-01 00:05:00,lots\n", "bad.csv:3: 'lots' is not a finite number"),
            ("timestamp,value\n2026-01-01 00:00:00,1\nyesterday,2\n", "bad.csv:3: 'yesterday' is not a timestamp"),
            ("2026-01-01 00:05:00,1\n2026-01-01 00:00:00,2\n", "bad.csv:2: the timestamps go back in time"),
            ("2026-01-01 00:00:00,1,2\n", "bad.csv:1: expected two fields"),
            ("2026-01-01 00:00:00,nan\n", "bad.csv:1: 'nan' is not a finite number"),
        ] {
            let path = directory.appendingPathComponent("bad.csv").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let r = ShellCommand.run("\(ProductsDirectory.ioc) anomaly score '\(path)' --output '\(output)' --lang en")
            XCTAssertEqual(r.status, 3, text)
            XCTAssertTrue(r.error.contains(message), "\(text) → \(r.error)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), "nothing written")
        }
        // Windows line ends are read; a timestamp with a zone is read in its zone (not as UTC); the fields echoed.
        let crlf = directory.appendingPathComponent("crlf.csv").path
        try "timestamp,value\r\n2026-01-01 00:00:00,1\r\n2026-01-01T07:05:00+07:00,2\r\n".write(toFile: crlf, atomically: true, encoding: .utf8)
        let read = ShellCommand.run("\(ProductsDirectory.ioc) anomaly score '\(crlf)' --lang en")
        XCTAssertEqual(read.status, 0, read.error)
        XCTAssertEqual(read.output.split(separator: "\n").map { $0.split(separator: ",").prefix(2).joined(separator: ",") },
                       ["timestamp,value", "2026-01-01 00:00:00,1", "2026-01-01T07:05:00+07:00,2"])
        // An escape sequence in a bad line is not echoed raw to the terminal.
        let hostile = directory.appendingPathComponent("bad.csv").path
        try "2026-01-01 00:00:00,\u{1B}[2J\n".write(toFile: hostile, atomically: true, encoding: .utf8)
        let r = ShellCommand.run("\(ProductsDirectory.ioc) anomaly score '\(hostile)' --lang en")
        XCTAssertEqual(r.status, 3)
        XCTAssertFalse(r.error.contains("\u{1B}"), r.error)
    }
}
