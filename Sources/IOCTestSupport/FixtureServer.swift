import Foundation

/// `Tests/Fixtures/hostile_server.py` on 127.0.0.1: the well-behaved and the hostile answers every HTTP connector is
/// tested against. Started on a free port, stopped by `stop()` (or when released).
public final class FixtureServer {
    public let port: Int
    private let process: Process

    public init() throws {
        let script = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/hostile_server.py")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "0"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    deinit { stop() }

    public func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Terminates the server and waits for it to go (not with `waitUntilExit`, which on Linux spins forever when
    /// called from a task rather than the main thread).
    public func stop() {
        guard process.isRunning else { return }
        process.terminate()
        _ = Eventually.holds(timeout: 5) { !self.process.isRunning }
    }
}
