import Foundation

/// Reads a config file as UTF-8 text, turning I/O problems into a located error (line 0).
package enum ConfigFileText {
    /// Config files are small; anything past this is a mistake (e.g. a log file passed as a layout).
    package static let maximumBytes = 1 << 20

    package static func read(path: String) throws(ConfigErrors) -> String {
        func failure(_ message: String) -> ConfigErrors {
            ConfigErrors([ConfigError(file: path, line: 0, key: "(file)", message: message)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw failure("cannot read the file (missing or not readable)")
        }
        guard data.count <= maximumBytes else { throw failure("the file is larger than 1 MiB") }
        guard let text = String(data: data, encoding: .utf8) else { throw failure("the file is not valid UTF-8") }
        return text
    }
}
