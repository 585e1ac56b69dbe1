import IOCDomain
import ArgumentParser
import IOCConsole
import IOCScreenConfig

/// How a frame looks: the layout, the theme and the language (the console and `ioc snapshot` share them).
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "Layout name (a file in Layouts/): operator, or briefing for the leaders' slides.")
    var layout: String = "operator"

    @Option(name: .long, help: "Theme name (a file in Themes/): control-room (briefing for the briefing), high-contrast, light, monochrome, briefing.")
    var theme: String?

    @Option(name: .long, help: "Language: vi (default) or en.")
    var lang: String = "vi"

    /// The theme asked for, else `fallback` (the console's control-room, the briefing's own theme).
    func themeName(defaultingTo fallback: String) -> String { theme ?? fallback }

    func language() throws -> Language {
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be vi or en") }
        return language
    }
}
