import IOCDomain

extension AlarmGroup {
    /// The group row's message without its agency (the Agency column, or the row's joined text, says it): "7 cảnh báo
    /// hạn xử lý — <what happened in the first member>".
    func title(_ lang: Language, firstWhat: String) -> String {
        let count = lang.numberStyle.format(members.count)
        let what: String
        if let kind {
            what = lang.pick("\(count) cảnh báo \(kind.words(lang))", "\(count) \(kind.words(lang)) alarms")
        } else {
            what = lang.pick("\(count) cảnh báo", "\(count) alarms")
        }
        return what + " — " + firstWhat
    }
}
