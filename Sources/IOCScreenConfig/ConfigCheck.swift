import Foundation
import IOCConfig
import IOCDomain

/// `ioc check`: validates every configuration file the console could read, reporting all errors of all files.
public enum ConfigCheck {
    /// Validates every layout (operator or briefing), theme, sources, rules and shifts file the locator sees; returns all errors (empty = ok).
    /// A layout or theme whose `name` differs from its file name is an error too, since it is chosen by file name.
    /// Warnings do not fail the check: today, alarm rules of priority 1–2 with no operating scenario behind them.
    public static func run(locator: ConfigLocator) -> (checked: [String], errors: [ConfigError], warnings: [ConfigError]) {
        var checked: [String] = []
        var errors: [ConfigError] = []
        var warnings: [ConfigError] = []
        var rules: [AlarmRule]?
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
            do { rules = try RulesFile.load(path: path) } catch { errors += error.errors }
        }
        if let path = locator.shiftsPath() {
            checked.append(path)
            do { _ = try ShiftsFile.load(path: path) } catch { errors += error.errors }
        }
        var stations: [WaterLevelStation]?
        if let path = locator.waterLevelsPath() {
            checked.append(path)
            do { stations = try WaterLevelsFile.load(path: path) } catch { errors += error.errors }
        }
        if let path = locator.securityPath() {
            checked.append(path)
            do { _ = try SecurityFile.load(path: path) } catch { errors += error.errors }
        }
        let scenarioPaths = locator.allScenarioPaths()
        checked += scenarioPaths
        let scenarios = ScenariosFile.loadAll(paths: scenarioPaths)
        errors += scenarios.errors
        if let rules, let path = locator.rulesPath(), scenarios.errors.isEmpty {
            for rule in ScenariosFile.rulesWithoutScenario(rules, scenarios: scenarios.scenarios) {
                warnings.append(ConfigError(file: path, line: ruleLine(rule.id, in: path),
                                            key: "rules.\(rule.id)",
                                            message: "priority \(rule.priority) rule with no operating scenario (no scenario's trigger names it or its kind '\(rule.kind.rawValue)')"))
            }
        }
        // A water_level rule judges only gauges with official levels: one that matches none never raises anything.
        if let rules, let path = locator.rulesPath() {
            for rule in rules where rule.kind == .waterLevel
            && !(stations ?? []).contains(where: { RuleGlob.matches(rule.selector, $0.seriesKey) }) {
                warnings.append(ConfigError(file: path, line: ruleLine(rule.id, in: path),
                                            key: "rules.\(rule.id)",
                                            message: "water_level rule whose series '\(rule.selector)' matches no station of water-levels.yaml: it can raise nothing"))
            }
        }
        return (checked, errors, warnings)
    }

    /// The line defining rule `id` in the rules file at `path` (already read without error above), 0 if not found.
    private static func ruleLine(_ id: String, in path: String) -> Int {
        let text = (try? ConfigFileText.read(path: path)) ?? ""
        return ConfigReader.lines(definingKey: id, in: text, from: 1).first ?? 0
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
