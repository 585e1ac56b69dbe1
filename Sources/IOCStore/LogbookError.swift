/// A logbook or handover write the rules refuse (a viewer writing, a second pending handover, accepting one's own
/// handover, reservations without a supervisor's role, …); nothing was written.
public struct LogbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Vietnamese, shown to the operator as is.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
