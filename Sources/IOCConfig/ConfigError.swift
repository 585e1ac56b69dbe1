/// One located problem in a configuration file, printed as `file:line: key: message`.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path as given to the parser.
    public var file: String
    /// 1-based line of the offending node (0 when the problem is not tied to a line, e.g. an unreadable file).
    public var line: Int
    /// Dotted key path of the offending value, e.g. `rows[1].panels[0].width`.
    public var key: String
    /// What is wrong, in words an operator can act on.
    public var message: String

    public init(file: String, line: Int, key: String, message: String) {
        self.file = file; self.line = line; self.key = key; self.message = message
    }

    public var description: String { "\(file):\(line): \(key): \(message)" }
}
