import IOCDomain

/// The briefing's language: Vietnamese by default, English on request.
public enum BriefingLanguage: String, Sendable, CaseIterable, Hashable {
    case vi
    case en

    public var numberStyle: NumberStyle { self == .vi ? .vietnamese : .english }

    /// Picks the text for this language.
    public func pick(_ vi: String, _ en: String) -> String { self == .vi ? vi : en }
}
