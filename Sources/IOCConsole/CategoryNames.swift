import IOCDomain

/// Incident category names as the console shows them, from IOCDomain's one table (`IncidentCategory`): the full name,
/// or the short one in a narrow column.
enum CategoryNames {
    static func incident(_ code: String, _ lang: Language, short: Bool = false) -> String {
        IncidentCategory.name(code, lang, short: short)
    }
}
