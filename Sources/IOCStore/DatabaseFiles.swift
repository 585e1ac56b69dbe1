import Foundation
import IOCDomain
#if canImport(Glibc)
import Glibc
#endif

/// The database's files on disk (issue 15, item 5): created private — the folder 0700 when it is made, the file 0600
/// (SQLite gives its WAL and shared-memory files the database file's mode) — and checked, so that a console and
/// `ioc check` can warn when a file or the folder is open to other accounts.
public enum DatabaseFiles {
    /// Creates the folder (0700, only the folders it makes) and an empty database file (0600) unless it exists.
    /// `O_EXCL`: two processes starting at once never replace each other's file; the loser finds it there.
    static func prepare(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        }
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd >= 0 { close(fd) }
    }

    /// A file or folder of the database open to other accounts.
    public struct OpenToOthers: Sendable, Hashable {
        public var path: String
        public var mode: Int
        public var isFolder: Bool

        /// What is wrong and the command that mends it, in `language`.
        public func text(_ language: Language) -> String {
            let octal = String(mode, radix: 8), fix = "chmod \(isFolder ? 700 : 600) '\(path)'"
            return isFolder
                ? language.pick("thư mục cơ sở dữ liệu \(path) mở cho tài khoản khác (quyền \(octal)): \(fix)",
                                "the database folder \(path) is open to other accounts (mode \(octal)): \(fix)")
                : language.pick("tệp \(path) mở cho tài khoản khác (quyền \(octal)): \(fix)",
                                "\(path) is open to other accounts (mode \(octal)): \(fix)")
        }
    }

    /// What is open to other accounts — the database file, its WAL and shared-memory files, their folder; empty when
    /// all is private (or nothing is there yet).
    public static func openToOthers(path: String) -> [OpenToOthers] {
        var found: [OpenToOthers] = []
        for file in [path, path + "-wal", path + "-shm"] {
            if let mode = mode(of: file), mode & 0o077 != 0 { found.append(OpenToOthers(path: file, mode: mode, isFolder: false)) }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if let mode = mode(of: folder), mode & 0o077 != 0 { found.append(OpenToOthers(path: folder, mode: mode, isFolder: true)) }
        return found
    }

    private static func mode(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mode) & 0o777
    }

    /// Whether the database file belongs to the process's real user (the account that made it, or a service account
    /// running as itself): only then may that account become the admin of a database with no grant.
    public static func ownedByCaller(path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_uid == getuid()
    }
}
