import TextFold
import IOCDomain

/// The agency an operator means when assigning an alarm, chosen from the agencies the console knows (the dossier,
/// feedback and directive lists, and the alarms' own agencies): by code ("sxd"), or by a part of the name, accents
/// optional ("xay dung"). A code the city does not have is refused, never recorded.
enum AgencyChoice: Equatable {
    case one(code: String)
    case none
    case many([String])

    /// The agencies known to the console: code and name in `lang`, by code.
    static func agencies(_ d: DashboardSnapshot?, _ lang: Language) -> [(code: String, name: String)] {
        guard let d else { return [] }
        var names: [String: String] = [:]
        for g in d.government where !g.agencyCode.isEmpty { names[g.agencyCode] = g.agencyName(lang) }
        for f in d.feedback where !f.agencyCode.isEmpty && names[f.agencyCode] == nil { names[f.agencyCode] = f.agencyName(lang) }
        for e in d.directives {
            if let c = e.event.agencyCode, !c.isEmpty, names[c] == nil { names[c] = e.agencyName(lang) ?? c }
        }
        for a in d.alarms {
            if let c = a.agencyCode, !c.isEmpty, names[c] == nil { names[c] = c }
        }
        return names.map { ($0.key, $0.value) }.sorted { $0.code < $1.code }
    }

    /// What `typed` picks among `agencies`: an exact code first, else every agency whose code or name contains it.
    static func choose(_ typed: String, among agencies: [(code: String, name: String)]) -> AgencyChoice {
        let key = TextFolding.fold(typed).trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return .none }
        if let exact = agencies.first(where: { TextFolding.fold($0.code) == key }) { return .one(code: exact.code) }
        let found = agencies.filter { TextFolding.fold($0.code).contains(key) || TextFolding.fold($0.name).contains(key) }
        switch found.count {
        case 0: return .none
        case 1: return .one(code: found[0].code)
        default: return .many(found.map(\.code))
        }
    }
}
