import Foundation

/// A fixture server of `Tests/Fixtures` on 127.0.0.1 (by default `hostile_server.py`: the well-behaved and the
/// hostile answers every HTTP connector is tested against; `open311/server.py` for GeoReport v2). Started on a free
/// port (the script's first argument is 0, and it prints the port it took on its first line), stopped by `stop()`
/// (or when released).
public final class FixtureServer {
    public let port: Int
    private let process: Process
    /// The server's standard output, kept open while it runs: a closed pipe would fail its next write.
    private let output = Pipe()

    /// - Parameters:
    ///   - portArguments: how the script is told to pick a free port (`0`, or `--port 0`).
    ///   - python: the interpreter (`PeerPython.path` for a server from PyPI).
    public init(script: String = "hostile_server.py", arguments: [String] = [], portArguments: [String] = ["0"],
                python: String = "python3") throws {
        let path = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/\(script)")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A child inherits its parent thread's blocked signals, and Swift's task threads block them all: the server
        // would outlive `stop()` (and hold the test runner's output open). Unblocked before the script starts.
        process.arguments = [python, "-c", Self.unblockAndRun, path.path] + portArguments + arguments
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        // The port is the first line's last word ("41615", or "READY 41615").
        let first = String(decoding: line, as: UTF8.self).split(separator: "\n").first ?? ""
        port = first.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
    }

    deinit { stop() }

    private static let unblockAndRun = """
        import runpy, signal, sys
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        for number in (signal.SIGTERM, signal.SIGINT):
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
