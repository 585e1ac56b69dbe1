/// The operators' language, for the console, the wall and every command: Vietnamese by default, English on request.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case vi
    case en

    public var numberStyle: NumberStyle { self == .vi ? .vietnamese : .english }

    /// Picks the text for this language.
    public func pick(_ vi: String, _ en: String) -> String { self == .vi ? vi : en }
}
