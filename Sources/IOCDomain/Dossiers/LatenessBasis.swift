/// Which past dossiers a lateness estimate rests on: the same procedure at the same agency, else the same procedure
/// group at that agency, else all of the agency's dossiers.
public enum LatenessBasis: String, Sendable, Hashable, CaseIterable {
    case procedure
    case group
    case agency

    public func label(_ language: Language) -> String {
        switch self {
        case .procedure: return language.pick("cùng thủ tục", "same procedure")
        case .group: return language.pick("cùng nhóm thủ tục", "same procedure group")
        case .agency: return language.pick("cùng cơ quan", "same agency")
        }
    }
}
