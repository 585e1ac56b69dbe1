/// An agency's name as a table cell shows it: the legal form that opens the names of the city's companies and boards
/// ("Công ty TNHH MTV …", "Công ty Cổ phần …", "Ban Quản lý …") shortened, so that in a narrow column "Cty Thoát nước…"
/// and "Cty Điện lực…" stay apart instead of both reading "Công ty TNHH …". Details and the logbook keep the full name.
enum AgencyShortName {
    /// Longest first: the first that opens the name is replaced.
    private static let forms: [(String, String)] = [
        ("Công ty Trách nhiệm hữu hạn Một thành viên ", "Cty "),
        ("Công ty TNHH MTV ", "Cty "),
        ("Công ty TNHH ", "Cty "),
        ("Công ty Cổ phần ", "Cty "),
        ("Tổng công ty ", "TCty "),
        ("Công ty ", "Cty "),
        ("Ban Quản lý ", "BQL "),
    ]

    static func of(_ name: String) -> String {
        let nfc = name.precomposedStringWithCanonicalMapping
        for (form, short) in forms where nfc.hasPrefix(form) && nfc.count > form.count {
            return short + nfc.dropFirst(form.count)
        }
        return name
    }
}
