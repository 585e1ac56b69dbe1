import Foundation

/// What a scenario's `cap_event` and `risk_level` triggers read of the alert behind an `alert` alarm: the alert's event
/// type ("Bão", "Typhoon") and its text, whence the hazard and the natural-disaster risk level (cấp độ rủi ro thiên tai,
/// 1…5, QĐ 18/2021/QĐ-TTg) that Vietnamese bulletins state ("Cấp độ rủi ro thiên tai do bão: cấp 3").
public struct AlertFacts: Sendable, Hashable {
    public var event: String
    public var text: String

    public init(event: String, text: String) {
        self.event = event.precomposedStringWithCanonicalMapping
        self.text = text.precomposedStringWithCanonicalMapping
    }

    /// The hazard the event names, in the scenarios' words (`storm`, `flood`, …), nil when none is recognised.
    public var hazard: String? {
        let words = (event + " " + text.prefix(200)).lowercased()
        for (hazard, names) in Self.hazards where names.contains(where: words.contains) { return hazard }
        return nil
    }

    /// The risk level stated in the text (the first "rủi ro thiên tai … cấp N" or "risk level N", N 1…5), else nil.
    public var riskLevel: Int? {
        let lowered = text.lowercased()
        for marker in ["rủi ro thiên tai", "risk level"] {
            var searchFrom = lowered.startIndex
            while let range = lowered.range(of: marker, range: searchFrom..<lowered.endIndex) {
                // The first digit within a few words after the marker ("do bão: cấp 3", "is 4").
                let tail = lowered[range.upperBound...].prefix(40)
                if let digit = tail.first(where: \.isNumber), let level = digit.wholeNumberValue, (1...5).contains(level) {
                    return level
                }
                searchFrom = range.upperBound
            }
        }
        return nil
    }

    /// Hazards by the words that name them (Vietnamese, with and without the tone marks senders drop, and English),
    /// the most specific first.
    static let hazards: [(String, [String])] = [
        ("storm", ["bão", "áp thấp nhiệt đới", "typhoon", "tropical storm", "tropical depression", "storm"]),
        ("flash_flood", ["lũ quét", "flash flood"]),
        ("landslide", ["sạt lở", "landslide"]),
        ("flood", ["lũ", "ngập", "flood"]),
        ("heat", ["nắng nóng", "heat"]),
        ("cold", ["rét", "cold wave"]),
        ("earthquake", ["động đất", "earthquake"]),
        ("heavy_rain", ["mưa lớn", "heavy rain"]),
    ]
}
