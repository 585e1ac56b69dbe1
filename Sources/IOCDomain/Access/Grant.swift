import Foundation

/// What one OS account may do in the IOC: granted by an admin (`ioc operators grant`), kept in the database.
/// The role and the data domains always come from here, never from a command-line flag or the sign-on prompt.
public struct Grant: Sendable, Hashable, Codable {
    /// The OS account's login name (from the process's real user id, never from `$USER`).
    public var account: String
    /// The person's full name ("Nguyễn Văn An"); for a shared account, what the console offers at sign-on.
    public var name: String
    public var role: OperatorRole
    /// The restricted domains this account may see (unrestricted ones are open to every granted account).
    public var domains: Set<Pillar>
    /// A shared control-room account: each person signs on with their own name (the role stays the grant's).
    public var shared: Bool
    /// The account that granted it.
    public var grantedBy: String
    public var grantedAt: Date

    public init(account: String, name: String, role: OperatorRole, domains: Set<Pillar>, shared: Bool,
                grantedBy: String, grantedAt: Date) {
        self.account = account; self.name = name; self.role = role; self.domains = domains; self.shared = shared
        self.grantedBy = grantedBy; self.grantedAt = grantedAt
    }

    /// The domains an account with this grant sees when `restricted` are the restricted ones: every unrestricted
    /// domain, and the restricted ones it was granted.
    public func visibleDomains(restricted: Set<Pillar>) -> Set<Pillar> {
        Set(Pillar.allCases).subtracting(restricted).union(domains)
    }

    /// Account names as Unix allows them (letters, digits, `.`, `_`, `-`, a trailing `$`, 1–32 characters,
    /// not starting with `-`): anything else is refused before it reaches the database.
    public static func isValidAccount(_ account: String) -> Bool {
        guard (1...32).contains(account.count), account.first != "-" else { return false }
        return account.unicodeScalars.enumerated().allSatisfy { i, u in
            (u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(Character(u)) || "._-".unicodeScalars.contains(u)))
                || (u == "$" && i == account.unicodeScalars.count - 1)
        }
    }
}
