import ArgumentParser
import Foundation
import IOCConsole

/// `ioc console` (the default): the full-screen operator console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "console", abstract: "Run the operator console (default).",
                                                    discussion: ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions

    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Do not poll: only show what other processes write to the database.")
    var noPoll = false

    @OptionGroup var identity: OperatorOptions

    func run() throws {
        let language = try display.language()
        let runner = try ConsoleRunner(common: common, simulator: simulator, layoutName: display.layout, themeName: display.themeName(defaultingTo: "control-room"),
                                       language: language, poll: !noPoll,
                                       identity: identity)
        try runner.run()
    }
}
