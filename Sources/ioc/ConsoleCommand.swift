import ArgumentParser
import Foundation
import IOCConsole

/// `ioc console` (the default): the full-screen operator console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Run the operator console (default).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions

    @Option(name: .long, help: "Layout name (a file in Layouts/).")
    var layout: String = "operator"

    @Option(name: .long, help: "Theme name (a file in Themes/): control-room, high-contrast, light, monochrome.")
    var theme: String = "control-room"

    @Option(name: .long, help: "Language: vi (default) or en.")
    var lang: String = "vi"

    @Flag(name: .long, help: "Do not poll: only show what other processes write to the database.")
    var noPoll = false

    @OptionGroup var identity: OperatorOptions

    func run() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("--lang must be vi or en")
        }
        let runner = try ConsoleRunner(common: common, simulator: simulator, layoutName: layout, themeName: theme,
                                       language: language, poll: !noPoll, actor: try identity.actor())
        try runner.run()
    }
}
