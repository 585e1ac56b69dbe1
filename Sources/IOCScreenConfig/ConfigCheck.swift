import Foundation
import IOCConfig

/// `ioc check`: validates every configuration file the console could read, reporting all errors of all files.
public enum ConfigCheck {
    /// Validates every layout (operator or briefing), theme, sources, rules and shifts file the locator sees; returns all errors (empty = ok).
    /// A layout or theme whose `name` differs from its file name is an error too, since it is chosen by file name.
    public static func run(locator: ConfigLocator) -> (checked: [String], errors: [ConfigError]) {
        var checked: [String] = []
        var errors: [ConfigError] = []
        for path in locator.allLayoutPaths() {
            checked.append(path)
            do {
                let text = try ConfigFileText.read(path: path)
                if BriefingLayoutFile.isBriefing(text) {
                    errors += nameMismatch(try BriefingLayoutFile.parse(text, file: path).name, path: path)
                } else {
                    errors += nameMismatch(try LayoutFile.parse(text, file: path).name, path: path)
                }
            } catch { errors += error.errors }
        }
        for path in locator.allThemePaths() {
            checked.append(path)
            do {
                let theme = try ThemeFile.load(path: path)
                errors += nameMismatch(theme.name, path: path)
            } catch { errors += error.errors }
        }
        if let path = locator.sourcesPath() {
            checked.append(path)
            do { _ = try SourcesFile.loadDocument(path: path) } catch { errors += error.errors }
        }
        if let path = locator.rulesPath() {
            checked.append(path)
            do { _ = try RulesFile.load(path: path) } catch { errors += error.errors }
        }
        if let path = locator.shiftsPath() {
            checked.append(path)
            do { _ = try ShiftsFile.load(path: path) } catch { errors += error.errors }
        }
        if let path = locator.securityPath() {
            checked.append(path)
            do { _ = try SecurityFile.load(path: path) } catch { errors += error.errors }
        }
        return (checked, errors)
    }

    private static func nameMismatch(_ name: String, path: String) -> [ConfigError] {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard name != stem else { return [] }
        let line = (try? String(contentsOfFile: path, encoding: .utf8))?
            .split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("name:") }.map { $0 + 1 } ?? 0
        return [ConfigError(file: path, line: line, key: "name",
                            message: "name '\(name)' differs from the file name '\(stem)'; rename one of them")]
    }
}
