/// Why the alarm state machine (or the store) refused an input, in both languages, written when refused so the
/// console and the CLI show it in their reader's language (`text(english:)`). Its description is the Vietnamese.
public struct AlarmRefusal: Sendable, Hashable, CustomStringConvertible {
    public var vietnamese: String
    public var english: String

    public init(_ vietnamese: String, _ english: String) {
        self.vietnamese = vietnamese; self.english = english
    }

    /// The reason in English or Vietnamese.
    public func text(_ language: Language) -> String {
        language == .en ? english : vietnamese
    }

    public var description: String { vietnamese }
}
