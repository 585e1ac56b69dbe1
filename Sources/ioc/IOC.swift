import ArgumentParser

/// `ioc`: the IOC console and its headless commands.
@main
struct IOC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ioc",
        abstract: "Trung tâm Giám sát, điều hành thông minh (IOC) — bảng điều hành cho ca trực.",
        discussion: "Without a subcommand, runs the operator console on a simulated city (Hải Phòng by default).",
        subcommands: [ConsoleCommand.self, BriefCommand.self, PollCommand.self, SnapshotCommand.self, CheckCommand.self,
                      AlarmsCommand.self, LogCommand.self, HandoverCommand.self],
        defaultSubcommand: ConsoleCommand.self)

    /// Tunes the heap (one arena, fixed thresholds) before any thread starts, then parses and runs as usual.
    static func main() {
        MemoryFootprint.tuneHeap()
        main(nil)
    }
}
