import Foundation

/// Runs a shell command and returns its status and output, for end-to-end tests.
public enum ShellCommand {
    public struct Result: Sendable {
        public let status: Int32
        public let output: String
        public let error: String
    }

    @discardableResult
    public static func run(_ command: String, environment: [String: String] = [:]) -> Result {
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        let r = Subprocess.run(["/bin/bash", "-c", command], environment: env)
        return Result(status: r.status, output: r.output, error: r.error)
    }
}
