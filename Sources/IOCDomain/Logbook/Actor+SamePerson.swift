import Foundation

/// Whether two sign-ons name the same person: the handover rules (no accepting one's own, only who is on duty hands
/// over) must not be side-stepped by typing a name in another case, with extra spaces, or decomposed (NFD).
extension Actor {
    /// Same name once NFC, case-folded and with runs of spaces collapsed; accents still count ("Lan" is not "Lân").
    public func isSamePerson(as other: Actor) -> Bool {
        Actor.personKey(name) == Actor.personKey(other.name)
    }

    static func personKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
