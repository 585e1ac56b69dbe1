import IOCDomain

/// A dossier's estimated lateness as the screens state it: "83%", and what it rests on ("83% (cùng thủ tục, 412 hồ sơ
/// đã xong)").
public enum LatenessText {
    public static func percent(_ e: LatenessEstimate, _ lang: Language) -> String {
        lang.numberStyle.format((e.probability * 100).rounded(), decimals: 0) + "%"
    }

    public static func full(_ e: LatenessEstimate, _ lang: Language) -> String {
        percent(e, lang) + " (" + e.basis.label(lang) + ", "
            + lang.pick("\(lang.numberStyle.format(e.finished)) hồ sơ đã xong", "\(lang.numberStyle.format(e.finished)) finished dossiers") + ")"
    }
}
