import Foundation

/// `ioc sources --json` read back by id, and the background `ioc poll` end-to-end tests start beside it.
public enum SourceListing {
    /// Every source's JSON object by its id; empty when the command failed or printed no listing.
    public static func byID(db: String, config: String) -> [String: [String: Any]] {
        let run = ShellCommand.run("\(ProductsDirectory.ioc) sources --json --db '\(db)' --config '\(config)'")
        guard let object = try? JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any],
              let list = object["sources"] as? [[String: Any]] else { return [:] }
        return Dictionary(list.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Starts `ioc poll` on `db` with the configuration folder `config`, in the background.
    public static func startPoller(db: String, config: String) {
        ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(db)' --config '\(config)' >/dev/null 2>&1 &)")
    }

    /// Stops every `ioc poll` whose database lies under `folder`.
    public static func stopPollers(under folder: String) {
        ShellCommand.run("pkill -TERM -f '[p]oll --db \(folder)'")
    }
}
