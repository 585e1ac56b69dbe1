import Foundation
import TUICore

/// Compares rendered text with a recorded snapshot file next to the test, for any test framework.
///
/// Snapshots live in `__Snapshots__/<testName>.txt` beside the calling test file (found via `#filePath`).
/// With `IOC_RECORD_SNAPSHOTS=1` the file is written and a message is returned, so the test fails and nobody
/// records by accident. A missing file also returns a message that says how to record it.
public enum SnapshotAssertion {
    /// The environment variable that switches to recording.
    public static let recordVariable = "IOC_RECORD_SNAPSHOTS"

    /// Returns nil when `actual` equals the snapshot, otherwise a message with a line diff.
    ///
    /// - Parameters:
    ///   - testName: usually `#function` ("testPanel()" → "testPanel"); `variant` adds ".variant".
    ///   - filePath: the calling test file; snapshots are in `__Snapshots__` beside it.
    public static func verify(
        _ actual: String,
        testName: String = #function,
        variant: String? = nil,
        filePath: String = #filePath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        let path = snapshotPath(testName: testName, variant: variant, filePath: filePath)
        if environment[recordVariable] == "1" {
            do {
                let directory = (path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try actual.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                return "Could not record snapshot at \(path): \(error)"
            }
            return "Recorded snapshot \(path). Unset \(recordVariable) and run the tests again (recording always fails)."
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "No snapshot at \(path).\nRecord it with: \(recordVariable)=1 swift test --filter "
                + "\(baseName(testName)) — then read the file and commit it.\nActual:\n\(actual)"
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return nil }
        return "Snapshot \(path) differs:\n" + lineDiff(expected: expected, actual: actual)
    }

    /// Renders `buffer` with `SnapshotText` and verifies it like `verify(_:testName:variant:filePath:environment:)`.
    public static func verify(
        buffer: Buffer,
        styles: Bool = false,
        testName: String = #function,
        variant: String? = nil,
        filePath: String = #filePath,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        verify(SnapshotText.render(buffer, styles: styles), testName: testName, variant: variant,
               filePath: filePath, environment: environment)
    }

    /// The file a snapshot is stored in.
    public static func snapshotPath(testName: String, variant: String? = nil, filePath: String) -> String {
        let directory = (filePath as NSString).deletingLastPathComponent
        var name = baseName(testName)
        if let variant { name += "." + variant }
        return directory + "/__Snapshots__/" + name + ".txt"
    }

    /// A line-by-line comparison: each differing line as "-N expected" / "+N actual", with the row number.
    public static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out = ""
        for i in 0..<max(old.count, new.count) {
            let a = i < old.count ? old[i] : nil
            let b = i < new.count ? new[i] : nil
            if a == b { continue }
            if let a { out += "-\(i + 1)|\(a)|\n" }
            if let b { out += "+\(i + 1)|\(b)|\n" }
        }
        return out + "Actual:\n" + actual
    }

    static func baseName(_ testName: String) -> String {
        var name = testName
        if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
        return name
    }
}
