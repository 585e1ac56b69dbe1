import Foundation

/// Reads a database the way an administrator would, with the `sqlite3` shell (waiting up to 5 s for a writer), for
/// end-to-end tests that check what `ioc` stored.
public enum SQLiteShell {
    /// The query's rows, one a line, columns joined by `separator`, trimmed.
    public static func query(_ db: String, _ sql: String, separator: String = "|") -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' -separator '\(separator)' '\(db)' \"\(sql)\"").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
