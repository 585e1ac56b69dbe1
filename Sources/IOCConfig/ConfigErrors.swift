/// Every problem found in one configuration file, in file order, so an operator fixes them all in one pass.
public struct ConfigErrors: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [ConfigError]

    public init(_ errors: [ConfigError]) { self.errors = errors }

    /// One `file:line: key: message` line per error.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
