import ArgumentParser
import IOCConsole

/// How a frame looks: the layout, the theme and the language (the console and `ioc snapshot` share them).
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "Layout name (a file in Layouts/).")
    var layout: String = "operator"

    @Option(name: .long, help: "Theme name (a file in Themes/): control-room, high-contrast, light, monochrome.")
    var theme: String = "control-room"

    @Option(name: .long, help: "Language: vi (default) or en.")
    var lang: String = "vi"

    func language() throws -> Language {
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be vi or en") }
        return language
    }
}
