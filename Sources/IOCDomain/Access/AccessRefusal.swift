/// Why an account may not do what it asked (nothing changed; the refusal itself is an audit record).
public enum AccessRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String { text(.en) }

    /// The OS account has no grant in this database.
    case noGrant(account: String)
    /// A role was asked for above the one the account's grant gives.
    case roleAboveGrant(requested: OperatorRole, granted: OperatorRole)
    /// Only an admin grants, revokes and lists access.
    case adminOnly(account: String, role: OperatorRole)
    /// Only a supervisor or an admin reads the audit trail.
    case supervisorOnly(account: String, role: OperatorRole)
    /// Revoking or lowering the last admin would leave nobody to grant access.
    case lastAdmin(account: String)
    /// Not an account name the OS would have.
    case invalidAccount(String)
    /// An account to revoke that has no grant.
    case notGranted(account: String)
    /// A domain name that is not one of the pillars.
    case unknownDomain(String)
    /// Something of a domain the account may not see (an alarm, a list of cases).
    case restrictedDomain(Pillar, what: String)
    /// A person's name is needed (a grant, a sign-on on a shared account).
    case nameMissing
    /// Another person's name on a personal (not shared) account.
    case personalAccount(account: String, name: String)

    /// The refusal in `language`, with the command that mends it where there is one.
    public func text(_ language: Language) -> String {
        switch self {
        case .noGrant(let account):
            return language.pick(
                "tài khoản \(account) chưa được cấp quyền dùng IOC trên cơ sở dữ liệu này; quản trị viên cấp bằng: "
                    + "ioc operators grant \(account) --name \"Họ và tên\" --role operator",
                "the account \(account) has no grant on this database; an admin grants it with: "
                    + "ioc operators grant \(account) --name \"Full Name\" --role operator")
        case .roleAboveGrant(let requested, let granted):
            return language.pick(
                "không được dùng vai trò \(requested.rawValue): tài khoản này được cấp vai trò \(granted.rawValue) "
                    + "(vai trò lấy từ quyền được cấp, không từ tham số)",
                "role \(requested.rawValue) refused: this account is granted \(granted.rawValue) "
                    + "(the role comes from the grant, never from a flag)")
        case .adminOnly(let account, let role):
            return language.pick("chỉ quản trị viên được cấp hoặc thu hồi quyền (\(account) là \(role.rawValue))",
                                 "only an admin grants or revokes access (\(account) is \(role.rawValue))")
        case .supervisorOnly(let account, let role):
            return language.pick("chỉ trưởng ca hoặc quản trị viên được xem nhật ký kiểm toán (\(account) là \(role.rawValue))",
                                 "only a supervisor or an admin reads the audit trail (\(account) is \(role.rawValue))")
        case .lastAdmin(let account):
            return language.pick("\(account) là quản trị viên cuối cùng: cấp quyền quản trị cho người khác trước",
                                 "\(account) is the last admin: grant admin to someone else first")
        case .invalidAccount(let account):
            return language.pick("'\(account)' không phải tên tài khoản hệ điều hành hợp lệ",
                                 "'\(account)' is not a valid OS account name")
        case .notGranted(let account):
            return language.pick("tài khoản \(account) không có quyền nào để thu hồi",
                                 "the account \(account) has no grant to revoke")
        case .unknownDomain(let name):
            return language.pick("không có lĩnh vực dữ liệu '\(name)'; có: ", "no data domain '\(name)'; there are: ")
                + Pillar.allCases.map(\.rawValue).joined(separator: ", ")
        case .nameMissing:
            return language.pick("cần họ và tên", "a full name is needed")
        case .restrictedDomain(let domain, let what):
            return language.pick("\(what) thuộc lĩnh vực hạn chế \(domain.label(.vi)): tài khoản này chưa được cấp quyền xem",
                                 "\(what) is in the restricted domain \(domain.label(.en)): this account is not granted it")
        case .personalAccount(let account, let name):
            return language.pick("tài khoản \(account) là của \(name): --operator chỉ dùng với tài khoản dùng chung",
                                 "the account \(account) is \(name)'s own: --operator is only for a shared account")
        }
    }
}
