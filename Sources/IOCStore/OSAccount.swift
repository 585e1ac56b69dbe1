#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating-system account a process acts for: its REAL user id's login name (from the password database, never
/// from `$USER`, which the caller sets). Under a setuid service binary the real id is still the person's account.
public enum OSAccount {
    /// The login name, or `uid:N` for an id with no entry in the password database.
    public static var current: String { name(of: getuid()) }

    /// The login name of `uid`, or `uid:N`.
    public static func name(of uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        let status = getpwuid_r(uid, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let name = entry.pw_name else { return "uid:\(uid)" }
        return String(cString: name)
    }
}
