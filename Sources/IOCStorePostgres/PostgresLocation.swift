import Foundation

/// Where a PostgreSQL store is, from `--db postgres://USER@HOST[:PORT]/DATABASE[?sslmode=…&password_file=…]`.
/// A password is never part of the URL (it would show in `ps`, shell history and every log line that names the
/// database): it comes from `PGPASSWORD` in the environment, or from `password_file`, a file only its owner may
/// read (mode 0600 or stricter), as libpq's own password file must be. `sslmode` is `disable` (the default on a
/// loopback address), `prefer` or `require` (the default elsewhere: a city network is not trusted).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?
    public var tls: TLSMode

    public enum TLSMode: String, Sendable, Hashable {
        case disable, prefer, require
    }

    public init(host: String, port: Int = 5432, user: String, database: String, password: String? = nil, tls: TLSMode = .disable) {
        self.host = host; self.port = port; self.user = user; self.database = database; self.password = password; self.tls = tls
    }

    /// Whether `text` names a PostgreSQL database (rather than an SQLite file).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The location of `url`, with the password from `environment` or the password file; every mistake is a
    /// `PostgresLocationError` that says what to write instead.
    public static func parse(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresLocation {
        guard isURL(url), let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw PostgresLocationError("expected postgres://USER@HOST[:PORT]/DATABASE, got '\(url)'")
        }
        if parts.password != nil {
            throw PostgresLocationError("the URL holds a password: remove it and set PGPASSWORD, or name a 0600 file with ?password_file=PATH")
        }
        guard let user = parts.user, !user.isEmpty else { throw PostgresLocationError("the URL names no user (postgres://USER@HOST/DATABASE)") }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError("the URL names no database (postgres://USER@HOST/DATABASE)")
        }
        var location = PostgresLocation(host: host, port: parts.port ?? 5432, user: user, database: database)
        let loopback = host == "127.0.0.1" || host == "localhost" || host == "::1"
        location.tls = loopback ? .disable : .require
        for item in parts.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw PostgresLocationError("sslmode must be disable, prefer or require, got '\(item.value ?? "")'")
                }
                location.tls = mode
            case "password_file":
                guard let path = item.value, !path.isEmpty else { throw PostgresLocationError("password_file names no file") }
                location.password = try readPasswordFile(path)
            default:
                throw PostgresLocationError("unknown URL parameter '\(item.name)' (sslmode, password_file)")
            }
        }
        if location.password == nil, let password = environment["PGPASSWORD"], !password.isEmpty { location.password = password }
        return location
    }

    /// The first line of a file its owner alone may read; refused when group or others may, or it is not a file.
    static func readPasswordFile(_ path: String) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw PostgresLocationError("cannot read the password file \(path): \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw PostgresLocationError("the password file \(path) is not a regular file") }
        guard info.st_mode & 0o077 == 0 else {
            throw PostgresLocationError("the password file \(path) may be read by others (mode \(String(info.st_mode & 0o777, radix: 8))): chmod 600 it")
        }
        guard info.st_uid == getuid() else { throw PostgresLocationError("the password file \(path) belongs to another account") }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PostgresLocationError("cannot read the password file \(path): \(error.localizedDescription)")
        }
        return String(text.split(whereSeparator: \.isNewline).first ?? "")
    }

    /// The URL without any secret: what the store names itself by on screens and in logs.
    public var description: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(h):\(port)/\(database)"
    }
}

/// A `--db postgres://…` that cannot be used as written.
public struct PostgresLocationError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
