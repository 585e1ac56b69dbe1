import Foundation

/// A fresh folder under the system's temporary directory, removed with everything in it by `remove()`.
struct TemporaryFolder {
    let path: String

    init(prefix: String) throws {
        path = NSTemporaryDirectory() + "\(prefix)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
