import Foundation
import IOCConfig
import IOCDomain

/// Reads the CSV files a department drops in a folder. A file is read only once it has settled (unchanged for
/// `settle` seconds and the same size as at the previous look), so a file still being copied is never read half.
/// Its rows are mapped like JSON records (`RecordMapper`, numbers as Vietnamese offices write them). A file that
/// cannot be read at all goes to `rejected/` with `<name>.reason.txt` beside it; a file read goes to `done/` once its
/// batch is stored: the poll's cursor names the files in the batch, and the next poll (whose cursor is the stored
/// one) moves them, so a failed write reads them again instead of losing them.
public final class CSVFolderConnector: Connector, @unchecked Sendable {
    public let config: SourceConfig
    public let source: CSVFolderSource
    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let lock = NSLock()
    /// Sizes at the previous look, by file name: a file is read when its size has not moved since.
    private var seen: [String: Int] = [:]

    public init(config: SourceConfig, source: CSVFolderSource) {
        self.config = config
        self.source = source
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let fm = FileManager.default
        let folder = URL(fileURLWithPath: source.folder, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PollError.transport("drop folder \(source.folder) does not exist")
        }
        // The files of the last stored batch go to done/ first.
        let stored = Set(Self.names(in: cursor))
        for name in stored where fm.fileExists(atPath: folder.appendingPathComponent(name).path) {
            try move(name, in: folder, to: "done", at: now)
        }
        var batch = Batch()
        var read: [String] = []
        var problems: [String] = []
        var bytes = 0
        let (settled, unreadable) = try settledFiles(in: folder, now: now)
        // A file the poller cannot look at or read stays where it is, and the source's health says so.
        problems += unreadable
        for name in settled where !stored.contains(name) {
            let url = folder.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path) else {
                problems.append("\(name) cannot be read (its permissions?); left in the folder")
                continue
            }
            if data.count > limits.maxResponseBytes {
                problems.append(try reject(name, in: folder, "the file is larger than \(limits.maxResponseBytes) bytes", at: now))
                continue
            }
            guard bytes + data.count <= limits.maxResponseBytes else { break }   // the rest at the next poll
            let records: [[String: String]]
            do {
                records = try CSVFile.records(data, delimiter: source.delimiter)
            } catch {
                problems.append(try reject(name, in: folder, error.reason, at: now))
                continue
            }
            let mapped: Batch
            do {
                mapped = try RecordMapper(mapping: source.mapping, now: now, numbers: .vietnamese)
                    .batch(records: records, place: "file \(name)", previousCursor: nil)
            } catch {
                problems.append(try reject(name, in: folder, String(describing: error), at: now))
                continue
            }
            bytes += data.count
            read.append(name)
            batch.observations += mapped.observations
            batch.seriesDefinitions += mapped.seriesDefinitions
            batch.events += mapped.events
            if let rejected = mapped.rejected { problems.append("\(name): \(rejected)") }
        }
        // A cursor only when this batch holds files: the next poll moves them; otherwise the stored one stands.
        batch.cursor = read.isEmpty ? nil : read.joined(separator: "\n")
        if !problems.isEmpty {
            batch.rejected = TextSanitizer.clean(problems.joined(separator: "; "), maxCharacters: PollScheduler.maxErrorLength)
        }
        return batch
    }

    /// The CSV files directly in the folder that have settled: untouched for `settle` seconds and the same size as
    /// at the previous look. Sorted by name, so a department's files are read in the order it named them.
    /// Also the files that could not be looked at, each with the system's reason.
    private func settledFiles(in folder: URL, now: Date) throws -> (settled: [String], unreadable: [String]) {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        var sizes: [String: Int] = [:]
        var settled: [String] = []
        var unreadable: [String] = []
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try fm.attributesOfItem(atPath: path)
            } catch {
                unreadable.append("\(name) cannot be looked at: \(error.localizedDescription)")
                continue
            }
            guard attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = (attributes[.size] as? NSNumber)?.intValue,
                  let modified = attributes[.modificationDate] as? Date
            else { continue }
            sizes[name] = size
            let quiet = now.timeIntervalSince(modified) >= source.settle
            if quiet, lock.withLock({ seen[name] }) == size { settled.append(name) }
        }
        lock.withLock { seen = sizes }
        return (settled, unreadable)
    }

    private func move(_ name: String, in folder: URL, to subfolder: String, at now: Date) throws {
        let fm = FileManager.default
        let target = folder.appendingPathComponent(subfolder, isDirectory: true)
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        var destination = target.appendingPathComponent(name)
        if fm.fileExists(atPath: destination.path) {
            // A second file of the same name keeps the first: the new one is stamped.
            destination = target.appendingPathComponent("\(Int(now.timeIntervalSince1970))-\(name)")
        }
        do {
            try fm.moveItem(at: folder.appendingPathComponent(name), to: destination)
        } catch {
            throw PollError.transport("cannot move \(name) to \(subfolder)/: \(error.localizedDescription)")
        }
    }

    /// Moves a file that cannot be read to `rejected/` with its reason beside it; what the source's health says.
    private func reject(_ name: String, in folder: URL, _ reason: String, at now: Date) throws -> String {
        try move(name, in: folder, to: "rejected", at: now)
        let note = folder.appendingPathComponent("rejected", isDirectory: true).appendingPathComponent(name + ".reason.txt")
        do {
            try Data((reason + "\n").utf8).write(to: note)
        } catch {
            throw PollError.transport("cannot write rejected/\(name).reason.txt: \(error.localizedDescription)")
        }
        lock.withLock { _ = seen.removeValue(forKey: name) }
        return "\(name) rejected: \(reason)"
    }

    static func names(in cursor: String?) -> [String] {
        (cursor ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.contains("/") }
    }
}
