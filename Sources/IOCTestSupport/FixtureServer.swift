import Foundation

/// A fixture server of `Tests/Fixtures` on 127.0.0.1 (by default `hostile_server.py`: the well-behaved and the
/// hostile answers every HTTP connector is tested against; `open311/server.py` for GeoReport v2). Started on a free
/// port (the script's first argument is 0, and it prints the port it took on its first line), stopped by `stop()`
/// (or when released).
public final class FixtureServer {
    public let port: Int
    private let process: Process

    public init(script: String = "hostile_server.py", arguments: [String] = []) throws {
        let path = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/\(script)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A child inherits its parent thread's blocked signals, and Swift's task threads block them all: the server
        // would outlive `stop()` (and hold the test runner's output open). Unblocked before the script starts.
        process.arguments = ["python3", "-c", Self.unblockAndRun, path.path, "0"] + arguments
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

    private static let unblockAndRun = """
        import runpy, signal, sys
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGPIPE):
            signal.signal(number, signal.SIG_DFL)
        sys.argv = sys.argv[1:]
        runpy.run_path(sys.argv[0], run_name="__main__")
        """

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
