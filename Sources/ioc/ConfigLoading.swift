import Foundation
import IOCConfig
import IOCDomain

/// Finds and loads layouts and themes by name, with the locator's search order.
struct ConfigLoading {
    let locator: ConfigLocator

    init(explicitDirectory: String?) {
        locator = ConfigLocator(explicitDirectory: explicitDirectory, environment: ProcessInfo.processInfo.environment,
                                executablePath: CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "")
    }

    func layout(named name: String) throws -> LayoutSpec {
        guard let path = locator.layoutPath(named: name) else { throw ConfigLoadingError.notFound("layout", name) }
        return try LayoutFile.load(path: path)
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

    var description: String {
        switch self {
        case .notFound(let what, let name): return "no \(what) named '\(name)' (see `ioc check` for the folders searched)"
        }
    }
}
