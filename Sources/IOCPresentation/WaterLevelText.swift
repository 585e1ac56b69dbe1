import Foundation
import IOCDomain
import TUIWidgets

/// A river gauge in a bulletin's words, the console's and the wall's alike: the level, rising or falling, the signed
/// difference to the nearest official alarm level, and when the next level is reached if the trend holds.
public enum WaterLevelText {
    /// Severity by the level reached: báo động II and III critical, I a warning; stale when the reading is old.
    public static func severity(_ s: WaterLevelStatus, stale: Bool) -> Severity {
        if stale || s.value == nil { return .stale }
        switch s.levelReached {
        case .three, .two: return .critical
        case .one: return .warning
        case nil: return .normal
        }
    }

    /// A short cell: "BĐ II +0,21" / "AL II +0.21" (the nearest level and the signed difference, metres).
    public static func cell(_ s: WaterLevelStatus, _ lang: Language) -> String {
        guard let nearest = s.nearest else { return "" }
        let sign = nearest.difference >= 0 ? "+" : "−"
        let amount = lang.numberStyle.format(abs(nearest.difference), decimals: 2)
        return lang.pick("BĐ", "AL") + " \(nearest.level.roman) \(sign)\(amount)"
    }

    /// "↑ đang lên" / "↑ rising".
    public static func direction(_ s: WaterLevelStatus, _ lang: Language) -> String {
        s.direction.arrow + " " + s.direction.words(lang)
    }

    /// "báo động III sau ~2 giờ 10 phút" / "alarm level III in ~2 h 10 min"; for a tidal station "(đỉnh triều)"; nil
    /// when the trend does not reach it within the horizon.
    public static func nextLevel(_ s: WaterLevelStatus, _ lang: Language) -> String? {
        guard let level = s.nextLevel, let time = s.timeToNextLevel else { return nil }
        let minutes = Int((time / 60).rounded())
        let h = minutes / 60, m = minutes % 60
        let span = h == 0 ? lang.pick("\(m) phút", "\(m) min")
            : m == 0 ? lang.pick("\(h) giờ", "\(h) h") : lang.pick("\(h) giờ \(m) phút", "\(h) h \(m) min")
        let basis = s.station.tidal ? lang.pick(" (theo đỉnh triều)", " (on daily highs)") : ""
        return lang.pick("báo động \(level.roman) sau ~\(span)", "alarm level \(level.roman) in ~\(span)") + basis
    }

    /// The whole bulletin line: "5,21 m, đang lên, trên báo động II 0,21 m; báo động III sau ~2 giờ".
    public static func bulletin(_ s: WaterLevelStatus, _ lang: Language) -> String {
        guard let value = s.value else { return lang.pick("chưa có số liệu", "no reading yet") }
        var parts = [lang.numberStyle.format(value, decimals: 2) + " m", s.direction.words(lang)]
        if let difference = s.differenceWords(lang) { parts.append(difference) }
        var text = parts.joined(separator: ", ")
        if let next = nextLevel(s, lang) { text += "; " + next }
        return text
    }
}
