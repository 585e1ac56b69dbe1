/// A text written in both of the console's languages (a scenario's titles, a procedure's text): Vietnamese always,
/// English when the author gave it, else the Vietnamese stands in.
public struct BilingualText: Sendable, Hashable, Codable {
    public var vi: String
    public var en: String?

    public init(vi: String, en: String? = nil) {
        self.vi = vi; self.en = en
    }

    /// The text in `language`; English falls back to the Vietnamese when none was written.
    public func text(_ language: Language) -> String {
        language == .en ? (en ?? vi) : vi
    }
}
