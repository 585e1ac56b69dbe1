import Foundation

/// An agency's name as a table cell shows it: the legal form that opens the names of the city's companies and boards
/// ("Công ty TNHH MTV …", "Công ty Cổ phần …", "Ban Quản lý …") shortened, so that in a narrow column "Cty Thoát nước…"
/// and "Cty Điện lực…" stay apart instead of both reading "Công ty TNHH …" (in English "Dept. Finance" for
/// "Department of Finance"). Details and the logbook keep the full name.
/// The legal forms are matched as bytes against their NFC and NFD spellings, prepared once: this runs for every
/// agency cell of every frame, and normalising each name there cost a sixth of the operator layout's render time.
enum AgencyShortName {
    private static let departmentOf = "Department of "

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

    /// Each form's UTF-8 bytes in NFC and in NFD, with its short form.
    private static let spellings: [(nfc: [UInt8], nfd: [UInt8], short: String)] = forms.map { form, short in
        (Array(form.precomposedStringWithCanonicalMapping.utf8), Array(form.decomposedStringWithCanonicalMapping.utf8), short)
    }

    static func of(_ name: String) -> String {
        // The English names: "Department of Finance" and "Department of Construction" cut to "Departmen…" alike;
        // "Finance Dept." and "Construction Dept." differ from their first letter.
        if name.hasPrefix(departmentOf), name.count > departmentOf.count {
            return String(name.dropFirst(departmentOf.count)) + " Dept."
        }
        let bytes = name.utf8
        for spelling in spellings {
            for form in [spelling.nfc, spelling.nfd] where bytes.count > form.count && bytes.starts(with: form) {
                return spelling.short + String(decoding: bytes.dropFirst(form.count), as: UTF8.self)
            }
        }
        return name
    }
}
