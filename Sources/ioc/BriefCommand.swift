import IOCDomain
import ArgumentParser
import Foundation
import IOCBriefing
import IOCConfig
import IOCScreenConfig

/// `ioc brief`: the leaders' briefing on a wall screen — slides from `Layouts/briefing.yaml` that rotate on their
/// own, driven by a presenter's keys. A viewer: the wall never acknowledges or changes anything.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief", abstract: "Run the leaders' briefing (slides for a wall screen).",
        discussion: "Keys: Space/→ next, ← previous, 1–9 jump, p pause/resume the rotation, f freeze/release the data, b blank, q quit.\n\n"
            + ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions

    @Option(name: .long, help: "Briefing layout name (a file in Layouts/).")
    var layout: String = "briefing"

    @Option(name: .long, help: "Theme name (a file in Themes/).")
    var theme: String = "briefing"

    @Option(name: .long, help: "Language: vi (default) or en.")
    var lang: String = "vi"

    @Option(name: .long, help: "Seconds each slide stays up (overrides the layout's rotation and slide durations).")
    var rotation: Double?

    @Flag(name: .long, help: "Do not poll: only show what other processes write to the database.")
    var noPoll = false

    func run() throws {
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be vi or en") }
        if let rotation, !(1...3600).contains(rotation) { throw ValidationError("--rotation must be 1 to 3600 seconds") }
        let loading = ConfigLoading(explicitDirectory: common.config)
        var slides = try loading.briefing(named: layout)
        if let rotation { slides = BriefCommand.rotating(slides, every: rotation) }
        let runner = try BriefRunner(common: common, simulator: simulator, layout: slides,
                                     theme: try loading.theme(named: theme), language: language, poll: !noPoll)
        try runner.run()
    }

    /// The layout with every slide up for `seconds`.
    static func rotating(_ layout: BriefingLayout, every seconds: Double) -> BriefingLayout {
        var result = layout
        result.rotation = seconds
        for i in result.slides.indices { result.slides[i].duration = nil }
        return result
    }
}
