/// Why a shift pattern could not be read.
public struct ShiftPatternError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
