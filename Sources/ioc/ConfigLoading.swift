import Foundation
import IOCConfig
import IOCScreenConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore

/// Finds and loads layouts and themes by name, with the locator's search order.
struct ConfigLoading {
    let locator: ConfigLocator

    /// The configuration folder of a setuid install (`ioc` owned by a service account): the only one it reads.
    static let systemDirectory = "/etc/ioc"

    /// Whether this process runs setuid (its real user, the person, differs from its effective one, the service).
    static var isSetuid: Bool { getuid() != geteuid() }

    /// The search order of `--config`, `$IOC_CONFIG_DIR`, `$XDG_CONFIG_HOME`… — except in a setuid process, where
    /// the caller chooses none of them: only `/etc/ioc` and the package's own files (a person could otherwise lift a
    /// restriction or clear alarms with rules of their own).
    init(explicitDirectory: String?) {
        let setuid = Self.isSetuid
        locator = ConfigLocator(explicitDirectory: setuid ? Self.systemDirectory : explicitDirectory,
                                environment: setuid ? [:] : ProcessInfo.processInfo.environment,
                                executablePath: CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "")
    }

    /// `security.yaml` from the configuration folders, or nothing restricted and nothing forwarded without one.
    func security() throws -> SecurityConfig {
        guard let path = locator.securityPath() else { return .none }
        return try SecurityFile.load(path: path)
    }

    /// The SOC forwarder of `security.yaml` on `store`, or nil when none is configured.
    func forwarder(store: CityStore) throws -> AuditForwarder? {
        try security().forwarding.map { AuditForwarder(forwarding: $0, outbox: store) }
    }

    /// Which configuration files are in force, for the audit record of a configuration load:
    /// `sources=/etc/ioc/sources.yaml rules=… shifts=…` (`built-in` where none is found).
    var inForce: String {
        [("sources", locator.sourcesPath()), ("rules", locator.rulesPath()), ("shifts", locator.shiftsPath()),
         ("security", locator.securityPath())]
            .map { "\($0.0)=\($0.1 ?? "built-in")" }.joined(separator: " ")
    }

    func layout(named name: String) throws -> LayoutSpec {
        guard let path = locator.layoutPath(named: name) else { throw ConfigLoadingError.notFound("layout", name) }
        // Parsed once when it loads (the usual case, before the first frame); only a file that does not load is
        // looked at again, to say that it is a briefing (Decision 32). A briefing never loads as an operator layout
        // (`slides` is not one of its keys), nor an operator layout as a briefing (`rows`).
        do { return try LayoutFile.load(path: path) } catch {
            if isBriefing(named: name) { throw ConfigLoadingError.briefing(name) }
            throw error
        }
    }

    /// Whether the layout of this name is a briefing (slides) rather than an operator layout.
    func isBriefing(named name: String) -> Bool {
        guard let path = locator.layoutPath(named: name), let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return false }
        return BriefingLayoutFile.isBriefing(text)
    }

    func briefing(named name: String) throws -> BriefingLayout {
        guard let path = locator.layoutPath(named: name) else { throw ConfigLoadingError.notFound("layout", name) }
        do { return try BriefingLayoutFile.load(path: path) } catch {
            if !isBriefing(named: name) { throw ConfigLoadingError.operatorLayout(name) }
            throw error
        }
    }

    /// The shift pattern of `shifts.yaml`, or the standard 06:00/14:00/22:00 when there is none.
    func shiftPattern() throws -> ShiftPattern {
        guard let path = locator.shiftsPath() else { return .standard }
        return try ShiftsFile.load(path: path)
    }

    func theme(named name: String) throws -> Theme {
        guard let path = locator.themePath(named: name) else { throw ConfigLoadingError.notFound("theme", name) }
        return try ThemeFile.load(path: path)
    }
}

enum ConfigLoadingError: Error, CustomStringConvertible {
    case notFound(String, String)
    /// An operator layout was asked for by the name of a briefing layout.
    case briefing(String)
    /// A briefing was asked for by the name of an operator layout.
    case operatorLayout(String)

    /// The message in the operator's language: the console shows it on its status line after `:theme` or `:layout`.
    func text(_ language: Language) -> String {
        guard language == .vi else { return description }
        switch self {
        case .notFound(let what, let name):
            let kind = what == "theme" ? "giao diện" : (what == "layout" ? "bố cục" : what)
            return "không có \(kind) tên '\(name)' (`ioc check` liệt kê các thư mục được tìm)"
        case .operatorLayout(let name):
            return "'\(name)' là bố cục trực ban (các khung), không phải trình chiếu: mở bằng `ioc --layout \(name)`"
        case .briefing(let name):
            return "'\(name)' là bố cục trình chiếu (các trang): mở bằng `ioc brief --layout \(name)`"
        }
    }

    var description: String {
        switch self {
        case .notFound(let what, let name): return "no \(what) named '\(name)' (see `ioc check` for the folders searched)"
        case .operatorLayout(let name): return "'\(name)' is an operator layout (panels), not a briefing: show it with `ioc --layout \(name)`"
        case .briefing(let name): return "'\(name)' is a briefing layout (slides): show it with `ioc brief --layout \(name)`"
        }
    }
}
