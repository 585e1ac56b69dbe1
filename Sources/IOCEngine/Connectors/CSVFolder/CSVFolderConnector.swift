import Foundation
import IOCConfig
import IOCDomain

/// Reads the CSV files a department drops in a folder (`DropFolder`: settled files only, `done/` once stored,
/// `rejected/` with the reason). Its rows are mapped like JSON records (`RecordMapper`, numbers as Vietnamese
/// offices write them).
public final class CSVFolderConnector: ConfiguredConnector, @unchecked Sendable {
    public let config: SourceConfig
    public let source: CSVFolderSource
    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let folder: DropFolder

    public init(config: SourceConfig, source: CSVFolderSource) {
        self.config = config
        self.source = source
        self.folder = DropFolder(path: source.folder, settle: source.settle, suffix: ".csv")
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let stored = try folder.begin(cursor: cursor, now: now)
        var batch = Batch()
        var read: [String] = []
        var problems: [String] = []
        var bytes = 0
        let (settled, unreadable) = try folder.settledFiles(now: now)
        // A file the poller cannot look at or read stays where it is, and the source's health says so.
        problems += unreadable
        for name in settled where !stored.contains(name) {
            guard let data = folder.contents(name) else {
                problems.append("\(name) cannot be read (its permissions?); left in the folder")
                continue
            }
            if data.count > limits.maxResponseBytes {
                problems.append(try folder.reject(name, "the file is larger than \(limits.maxResponseBytes) bytes", at: now))
                continue
            }
            guard bytes + data.count <= limits.maxResponseBytes else { break }   // the rest at the next poll
            let records: [[String: String]]
            do {
                records = try CSVFile.records(data, delimiter: source.delimiter)
            } catch {
                problems.append(try folder.reject(name, error.reason, at: now))
                continue
            }
            let mapped: Batch
            do {
                mapped = try RecordMapper(mapping: source.mapping, now: now, numbers: .vietnamese)
                    .batch(records: records, place: "file \(name)", previousCursor: nil)
            } catch {
                problems.append(try folder.reject(name, String(describing: error), at: now))
                continue
            }
            bytes += data.count
            read.append(name)
            batch.observations += mapped.observations
            batch.seriesDefinitions += mapped.seriesDefinitions
            batch.events += mapped.events
            if let rejected = mapped.rejected { problems.append("\(name): \(rejected)") }
        }
        batch.cursor = DropFolder.cursor(read)
        if !problems.isEmpty {
            batch.rejected = TextSanitizer.clean(problems.joined(separator: "; "), maxCharacters: PollScheduler.maxErrorLength)
        }
        return batch
    }
}
