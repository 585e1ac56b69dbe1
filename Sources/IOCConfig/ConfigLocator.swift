import Foundation

/// Finds layout, theme and sources files.
///
/// Search order: `--config DIR`, `$IOC_CONFIG_DIR`, `$XDG_CONFIG_HOME/ioc` (else `~/.config/ioc`), then the
/// package's own `Layouts/` and `Themes/` found by walking up from the executable's path (so `.build/debug/ioc` in a
/// clone finds the repo's folders), then from this source file's path at build time. In each directory, layouts are
/// in `Layouts/` (or `layouts/`) and themes in `Themes/` (or `themes/`), named `<name>.yaml`. A layout or theme
/// found earlier wins by name. `sources.yaml` is read only from the configuration directories, never from the package.
/// `rules.yaml` (alarm rules) is searched like `sources.yaml`, else the package's shipped `Rules/alarms.yaml`.
public struct ConfigLocator: Sendable {
    /// Configuration directories in search order (only those that exist).
    public let configDirectories: [String]
    /// Package directories holding the shipped `Layouts/` and `Themes/` (only those that exist).
    public let packageDirectories: [String]

    public init(explicitDirectory: String?, environment: [String: String], executablePath: String) {
        var config: [String] = []
        if let explicit = explicitDirectory, !explicit.isEmpty { config.append(explicit) }
        if let dir = environment["IOC_CONFIG_DIR"], !dir.isEmpty { config.append(dir) }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            config.append((xdg as NSString).appendingPathComponent("ioc"))
        } else if let home = environment["HOME"], !home.isEmpty {
            config.append((home as NSString).appendingPathComponent(".config/ioc"))
        }
        var package: [String] = []
        if let root = ConfigLocator.packageRoot(above: executablePath) { package.append(root) }
        if let root = ConfigLocator.packageRoot(above: #filePath) { package.append(root) }
        self.configDirectories = ConfigLocator.unique(config.map(ConfigLocator.standardized).filter(ConfigLocator.isDirectory))
        self.packageDirectories = ConfigLocator.unique(package.map(ConfigLocator.standardized))
    }

    /// Every directory searched for layouts and themes, in order.
    public var searchDirectories: [String] { ConfigLocator.unique(configDirectories + packageDirectories) }

    public func layoutPath(named name: String) -> String? { path(named: name, in: ["Layouts", "layouts"]) }
    public func themePath(named name: String) -> String? { path(named: name, in: ["Themes", "themes"]) }

    /// One path per layout name (the first found wins), sorted by name.
    public func allLayoutPaths() -> [String] { allPaths(in: ["Layouts", "layouts"]) }
    /// One path per theme name (the first found wins), sorted by name.
    public func allThemePaths() -> [String] { allPaths(in: ["Themes", "themes"]) }

    /// One path per operating scenario (`Scenarios/<id>.yaml`; the first found wins by name), sorted by name.
    public func allScenarioPaths() -> [String] { allPaths(in: ["Scenarios", "scenarios"]) }

    /// The first `sources.yaml` in the configuration directories, if any.
    public func sourcesPath() -> String? {
        for dir in configDirectories {
            let path = (dir as NSString).appendingPathComponent("sources.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The first `security.yaml` in the configuration directories, if any (none is bundled: nothing is restricted and
    /// nothing forwarded until a deployment says so).
    public func securityPath() -> String? {
        for dir in configDirectories {
            let path = (dir as NSString).appendingPathComponent("security.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The first `rules.yaml` in the configuration directories, else the package's `Rules/alarms.yaml`.
    public func rulesPath() -> String? {
        for dir in configDirectories {
            let path = (dir as NSString).appendingPathComponent("rules.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        for dir in packageDirectories {
            let path = (dir as NSString).appendingPathComponent("Rules/alarms.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The first `water-levels.yaml` in the configuration directories, else the package's `Config/water-levels.yaml`
    /// (both cities' river stations with their official alarm levels); nil when neither exists.
    public func waterLevelsPath() -> String? {
        for dir in configDirectories {
            let path = (dir as NSString).appendingPathComponent("water-levels.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        for dir in packageDirectories {
            let path = (dir as NSString).appendingPathComponent("Config/water-levels.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The first `shifts.yaml` in the configuration directories, else the package's `Config/shifts.yaml`; nil means
    /// the standard pattern (06:00, 14:00, 22:00).
    public func shiftsPath() -> String? {
        for dir in configDirectories {
            let path = (dir as NSString).appendingPathComponent("shifts.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        for dir in packageDirectories {
            let path = (dir as NSString).appendingPathComponent("Config/shifts.yaml")
            if FileManager.default.isReadableFile(atPath: path) { return path }
        }
        return nil
    }

    private func path(named name: String, in folders: [String]) -> String? {
        guard case .success = ConfigNames.identifier(name) else { return nil }
        for dir in searchDirectories {
            for folder in folders {
                for ext in ["yaml", "yml"] {
                    let path = (dir as NSString).appendingPathComponent("\(folder)/\(name).\(ext)")
                    if FileManager.default.isReadableFile(atPath: path) { return path }
                }
            }
        }
        return nil
    }

    private func allPaths(in folders: [String]) -> [String] {
        var byName: [String: String] = [:]
        for dir in searchDirectories {
            for folder in folders {
                let folderPath = (dir as NSString).appendingPathComponent(folder)
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: folderPath) else { continue }
                for file in names.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
                    let stem = (file as NSString).deletingPathExtension
                    if byName[stem] == nil { byName[stem] = (folderPath as NSString).appendingPathComponent(file) }
                }
            }
        }
        return byName.keys.sorted().compactMap { byName[$0] }
    }

    /// The nearest ancestor of `path` that has a `Layouts` or `Themes` folder.
    static func packageRoot(above path: String) -> String? {
        guard !path.isEmpty else { return nil }
        var dir = (standardized(path) as NSString).deletingLastPathComponent
        while !dir.isEmpty {
            for folder in ["Layouts", "Themes"] where isDirectory((dir as NSString).appendingPathComponent(folder)) {
                return dir
            }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir { break }
            dir = parent
        }
        return nil
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    private static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }
}
