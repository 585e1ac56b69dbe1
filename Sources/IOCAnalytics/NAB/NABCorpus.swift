import Foundation

/// A NAB corpus read from disk: every `data/<category>/<file>.csv` listed in `combined_windows.json`.
///
/// The folder must hold `combined_windows.json` and a `data/` folder, as NAB's repository does (labels may also
/// sit at `labels/combined_windows.json`). A file listed in the labels but missing on disk is skipped, so a subset
/// of the corpus loads with the full labels file.
public struct NABCorpus: Sendable {
    /// The files, sorted by name.
    public var files: [NABDataFile]

    public init(files: [NABDataFile]) {
        self.files = files.sorted { $0.name < $1.name }
    }

    /// Errors while reading a corpus.
    public enum LoadError: Error, CustomStringConvertible {
        case missingLabels(String)
        case badLabels(String)
        case badRow(file: String, line: Int)

        public var description: String {
            switch self {
            case .missingLabels(let path): return "no combined_windows.json under \(path)"
            case .badLabels(let why): return "combined_windows.json: \(why)"
            case .badRow(let file, let line): return "\(file): cannot read line \(line)"
            }
        }
    }

    /// The total number of labelled windows.
    public var windowCount: Int { files.reduce(0) { $0 + $1.windows.count } }

    /// Reads the corpus under `directory`.
    public static func load(directory: URL) throws -> NABCorpus {
        let fm = FileManager.default
        let candidates = [directory.appendingPathComponent("combined_windows.json"),
                          directory.appendingPathComponent("labels/combined_windows.json")]
        guard let labelsURL = candidates.first(where: { fm.fileExists(atPath: $0.path) }) else {
            throw LoadError.missingLabels(directory.path)
        }
        let labels = try parseLabels(Data(contentsOf: labelsURL))
        let dataDirectory = directory.appendingPathComponent("data")
        var files: [NABDataFile] = []
        for (name, windows) in labels {
            let url = dataDirectory.appendingPathComponent(name)
            guard fm.fileExists(atPath: url.path) else { continue }
            let (timestamps, values) = try parseCSV(String(decoding: Data(contentsOf: url), as: UTF8.self), name: name)
            files.append(NABDataFile(name: name, timestamps: timestamps, values: values, windows: windows))
        }
        return NABCorpus(files: files)
    }

    /// Parses `combined_windows.json`: an object from file name to a list of `[start, end]` timestamp pairs.
    public static func parseLabels(_ data: Data) throws -> [String: [NABWindow]] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LoadError.badLabels("not an object")
        }
        var result: [String: [NABWindow]] = [:]
        for (name, value) in object {
            guard let pairs = value as? [[String]] else { throw LoadError.badLabels("windows of \(name)") }
            result[name] = try pairs.map { pair in
                guard pair.count == 2, let start = NABTimestamp.parse(pair[0]), let end = NABTimestamp.parse(pair[1])
                else { throw LoadError.badLabels("window \(pair) of \(name)") }
                return NABWindow(start: start, end: end)
            }
        }
        return result
    }

    /// Parses a `timestamp,value` CSV with a header line. A value that does not parse becomes NaN (the detector
    /// must cope); a timestamp that does not parse is an error.
    public static func parseCSV(_ text: String, name: String) throws -> ([Date], [Double]) {
        var timestamps: [Date] = []
        var values: [Double] = []
        var lineNumber = 0
        for line in text.split(whereSeparator: \.isNewline) {
            lineNumber += 1
            if lineNumber == 1 { continue }
            guard let comma = line.firstIndex(of: ",") else {
                if line.allSatisfy(\.isWhitespace) { continue }
                throw LoadError.badRow(file: name, line: lineNumber)
            }
            guard let time = NABTimestamp.parse(line[..<comma]) else { throw LoadError.badRow(file: name, line: lineNumber) }
            let rest = line[line.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            timestamps.append(time)
            values.append(Double(rest) ?? .nan)
        }
        return (timestamps, values)
    }
}
