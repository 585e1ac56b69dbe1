import IOCDomain
/// A logbook or handover write the rules refuse (a viewer writing, a second pending handover, accepting one's own
/// handover, reservations without a supervisor's role, a link to something the store does not know, …); nothing was
/// written.
public struct LogbookError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Vietnamese, shown to the operator as is.
    public var message: String
    /// English: every refusal is written in both languages (required, so a new one cannot forget it).
    public var messageEN: String

    public init(_ message: String, english: String) {
        self.message = message
        self.messageEN = english
    }

    /// The refusal in the reader's language.
    public func text(_ language: Language) -> String {
        language == .en ? messageEN : message
    }

    public var description: String { message }
}
