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

    /// The hazard the alert is about, in the scenarios' words (`storm`, `flood`, `waterlogging`, `fire`, `health`,
    /// `air`): from its event type first, then from its text (a flood bulletin that mentions a storm's remnants is a
    /// flood bulletin); nil when none is recognised.
    public var hazard: String? {
        Self.hazard(in: event.lowercased()) ?? Self.hazard(in: String(text.prefix(200)).lowercased())
    }

    static func hazard(in words: String) -> String? {
        for (hazard, names) in hazards where names.contains(where: words.contains) { return hazard }
        return nil
    }

    /// The risk level stated in the text: the number after "cấp" (or "level") following "rủi ro thiên tai" (or
    /// "risk level"), one ASCII digit 1…5 standing alone ("do bão số 3: cấp 4" is 4, "level 10" is none); else nil.
    public var riskLevel: Int? {
        let lowered = text.lowercased()
        for (marker, word) in [("rủi ro thiên tai", "cấp"), ("risk level", "")] {
            var searchFrom = lowered.startIndex
            while let range = lowered.range(of: marker, range: searchFrom..<lowered.endIndex) {
                var tail = Substring(lowered[range.upperBound...].prefix(40))
                if !word.isEmpty {
                    guard let level = tail.range(of: word) else { searchFrom = range.upperBound; continue }
                    tail = tail[level.upperBound...]
                }
                // The first run of ASCII digits after it, if it is one digit 1…5.
                if let first = tail.firstIndex(where: { $0.isASCII && $0.isNumber }) {
                    let digits = tail[first...].prefix { $0.isASCII && $0.isNumber }
                    if digits.count == 1, let level = Int(digits), (1...5).contains(level) { return level }
                }
                searchFrom = range.upperBound
            }
        }
        return nil
    }

    /// Hazards by the words that name them (Vietnamese and English), in the scenarios' vocabulary
    /// (`ScenariosFile.hazards`), the most specific first.
    static let hazards: [(String, [String])] = [
        ("storm", ["bão", "áp thấp nhiệt đới", "typhoon", "tropical storm", "tropical depression", "storm"]),
        ("flood", ["lũ", "sạt lở", "flood", "landslide"]),
        ("waterlogging", ["ngập úng", "mưa lớn", "waterlogging", "heavy rain"]),
        ("fire", ["cháy rừng", "forest fire", "wildfire"]),
        ("health", ["dịch bệnh", "epidemic"]),
        ("air", ["ô nhiễm không khí", "air pollution"]),
    ]
}
