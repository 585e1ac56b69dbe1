import Foundation
import IOCDomain
import TUICore

/// The supervisor's alarm-load screen, as lines: the rate per 10 minutes against ISA-18.2 / EEMUA 191 (about 1
/// acceptable, 2 the manageable maximum), standing and stale alarms, chattering offenders, and the priority mix of
/// the last 24 hours against about 80 % low / 15 % medium / 5 % high.
enum AlarmLoadContent {
    static func lines(_ m: ConsoleModel) -> [String] {
        let lang = m.language
        let n = lang.numberStyle
        guard let d = m.dashboard, let load = d.alarmLoad else { return [lang.pick("Chưa có dữ liệu cảnh báo.", "No alarm data yet.")] }
        func verdict(_ rate: Double) -> String {
            if rate <= Double(AlarmLoad.acceptablePer10Minutes) { return lang.pick("✓ chấp nhận được", "✓ acceptable") }
            if rate <= Double(AlarmLoad.maximumPer10Minutes) { return lang.pick("! sát mức tối đa", "! at the maximum") }
            return lang.pick("✖ quá tải", "✖ overloaded")
        }
        var out = [
            lang.pick("Cảnh báo mới trong 10 phút qua: ", "New alarms, last 10 minutes: ") + "\(load.raisedLast10Minutes)  "
                + verdict(Double(load.raisedLast10Minutes))
                + lang.pick("  (mục tiêu ≈\(AlarmLoad.acceptablePer10Minutes), tối đa \(AlarmLoad.maximumPer10Minutes))",
                            "  (target ≈\(AlarmLoad.acceptablePer10Minutes), maximum \(AlarmLoad.maximumPer10Minutes))"),
            lang.pick("Trung bình mỗi 10 phút trong 24 giờ: ", "Average per 10 minutes over 24 h: ")
                + n.format(load.averagePer10MinutesOver24Hours, decimals: 2) + "  " + verdict(load.averagePer10MinutesOver24Hours),
            lang.pick("Ngập cảnh báo: ", "Alarm flood: ") + (m.alarmFlood ? lang.pick("⚠ ĐANG NGẬP", "⚠ ON") : lang.pick("không", "no"))
                + lang.pick("  (bắt đầu >\(AlarmLoad.floodStartsAbove)/10 phút, kết thúc <\(AlarmLoad.floodEndsBelow))",
                            "  (starts >\(AlarmLoad.floodStartsAbove)/10 min, ends <\(AlarmLoad.floodEndsBelow))"),
            lang.pick("Đang hoạt động: ", "Standing: ") + "\(load.standingCount)"
                + lang.pick(" · quá 24 giờ (cũ): ", " · older than 24 h (stale): ") + "\(load.staleIDs.count)",
            "",
            lang.pick("Cơ cấu ưu tiên 24 giờ (mục tiêu ≈ 80% thấp · 15% trung bình · 5% cao):",
                      "Priority mix, 24 h (target ≈ 80% low · 15% medium · 5% high):"),
        ]
        let shares = load.priorityShares
        for p in AlarmPriority.allCases {
            let count = load.priorityMixLast24Hours[p] ?? 0
            let share = (shares[p] ?? 0) * 100
            let target = (AlarmLoad.targetMix[p] ?? 0) * 100
            out.append("  \(p.digit) " + TextWidth.pad(lang.pick(p.labelVI, p.labelEN), to: 11) + String(format: "%5d  ", count)
                       + n.format(share, decimals: 0) + "%" + lang.pick("  (mục tiêu ", "  (target ") + n.format(target, decimals: 0) + "%)")
        }
        out.append("")
        let byID = Dictionary(d.alarms.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        out.append(lang.pick("Cảnh báo dao động (≥3 lần chuyển trạng thái trong 1 phút) — nên tạm gác: ",
                             "Chattering (≥3 transitions in a minute) — consider shelving: ") + "\(load.chatteringIDs.count)")
        for id in load.chatteringIDs.prefix(10) { out.append("  ≈ " + (byID[id]?.message(lang) ?? id)) }
        out.append(lang.pick("Cảnh báo cũ (hoạt động quá 24 giờ): ", "Stale (active more than 24 h): ") + "\(load.staleIDs.count)")
        for id in load.staleIDs.prefix(10) { out.append("  ⌛ " + (byID[id]?.message(lang) ?? id)) }
        return out
    }
}
