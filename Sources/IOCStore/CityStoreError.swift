/// Why a database could not be opened; every case names the file.
public enum CityStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A command that only reads was pointed at a file that does not exist (a mistyped `--db`): nothing is created.
    case missing(path: String)
    /// SQLite or the migrations failed on this file (not a database, corrupt, read-only, disk full, …).
    case unusable(path: String, reason: String)

    public var path: String {
        switch self {
        case .missing(let path), .unusable(let path, _): return path
        }
    }

    public var description: String {
        switch self {
        case .missing(let path): return "no database at \(path)"
        case .unusable(let path, let reason): return "cannot use the database \(path): \(reason)"
        }
    }
}
