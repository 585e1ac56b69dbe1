import IOCDomain

extension AlarmGroup {
    /// A kind of alarm in words, e.g. "deadline" → "hạn xử lý" / "deadline"; an unknown kind is shown as it is.
    static func kindWords(_ kind: String, _ lang: Language) -> String {
        switch kind {
        case "deadline": return lang.pick("hạn xử lý", "deadline")
        case "deadline_soon": return lang.pick("sắp đến hạn", "due-soon")
        case "overdue": return lang.pick("quá hạn", "overdue")
        case "threshold": return lang.pick("vượt ngưỡng", "threshold")
        case "rate": return lang.pick("biến động nhanh", "rate-of-change")
        case "stale": return lang.pick("dữ liệu cũ", "stale-data")
        case "anomaly": return lang.pick("bất thường", "anomaly")
        case "source_down": return lang.pick("mất nguồn", "source-down")
        default: return kind
        }
    }

    /// The group row's message without its agency (the Agency column, or the row's joined text, says it): "7 cảnh báo
    /// hạn xử lý — <what happened in the first member>".
    func title(_ lang: Language, firstWhat: String) -> String {
        let count = lang.numberStyle.format(members.count)
        let what: String
        if let kind {
            what = lang.pick("\(count) cảnh báo \(Self.kindWords(kind, lang))", "\(count) \(Self.kindWords(kind, lang)) alarms")
        } else {
            what = lang.pick("\(count) cảnh báo", "\(count) alarms")
        }
        return what + " — " + firstWhat
    }
}
