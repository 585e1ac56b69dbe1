import Foundation
import IOCDomain

/// A folder a department drops files into (CSV exports, CAP messages): a file is read only once it has settled
/// (unchanged for `settle` seconds and the same size as at the previous look), so a file still being copied is never
/// read half; a file that cannot be read goes to `rejected/` with `<name>.reason.txt` beside it; a file read goes to
/// `done/` once its batch is stored — the poll's cursor names the files of its batch, and the next poll (whose
/// cursor is the stored one) moves them, so a failed write reads them again instead of losing them.
final class DropFolder: @unchecked Sendable {
    let path: String
    let settle: Double
    /// The file names read, lowercased suffix (`.csv`, `.xml`).
    let suffix: String

    private let lock = NSLock()
    /// Sizes at the previous look, by file name: a file is read when its size has not moved since.
    private var seen: [String: Int] = [:]

    init(path: String, settle: Double, suffix: String) {
        self.path = path; self.settle = settle; self.suffix = suffix
    }

    private var folder: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// Checks the folder exists, then moves the files of the last stored batch (named by `cursor`) to `done/`;
    /// the names it moved, which the poll must not read again.
    func begin(cursor: String?, now: Date) throws -> Set<String> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PollError.transport("drop folder \(path) does not exist")
        }
        let stored = Set(Self.names(in: cursor))
        for name in stored where FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            try move(name, to: "done", at: now)
        }
        return stored
    }

    /// The contents of file `name`, nil when it cannot be read.
    func contents(_ name: String) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
    }

    /// The files directly in the folder that have settled, sorted by name (a department's files are read in the
    /// order it named them), and the files that could not be looked at, each with the system's reason.
    func settledFiles(now: Date) throws -> (settled: [String], unreadable: [String]) {
        let fm = FileManager.default
        let names = try fm.contentsOfDirectory(atPath: folder.path).filter { $0.lowercased().hasSuffix(suffix) }.sorted()
        var sizes: [String: Int] = [:]
        var settled: [String] = []
        var unreadable: [String] = []
        for name in names {
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try fm.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            } catch {
                unreadable.append("\(name) cannot be looked at: \(error.localizedDescription)")
                continue
            }
            guard attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = (attributes[.size] as? NSNumber)?.intValue,
                  let modified = attributes[.modificationDate] as? Date
            else { continue }
            sizes[name] = size
            let quiet = now.timeIntervalSince(modified) >= settle
            if quiet, lock.withLock({ seen[name] }) == size { settled.append(name) }
        }
        lock.withLock { seen = sizes }
        return (settled, unreadable)
    }

    /// Moves a file that cannot be read to `rejected/` with its reason beside it; what the source's health says.
    func reject(_ name: String, _ reason: String, at now: Date) throws -> String {
        try move(name, to: "rejected", at: now)
        let note = folder.appendingPathComponent("rejected", isDirectory: true).appendingPathComponent(name + ".reason.txt")
        do {
            try Data((reason + "\n").utf8).write(to: note)
        } catch {
            throw PollError.transport("cannot write rejected/\(name).reason.txt: \(error.localizedDescription)")
        }
        lock.withLock { _ = seen.removeValue(forKey: name) }
        return "\(name) rejected: \(reason)"
    }

    /// The cursor naming the files of a batch (nil when it holds none: the stored cursor then stands).
    static func cursor(_ names: [String]) -> String? { names.isEmpty ? nil : names.joined(separator: "\n") }

    static func names(in cursor: String?) -> [String] {
        (cursor ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.contains("/") }
    }

    private func move(_ name: String, to subfolder: String, at now: Date) throws {
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
}
