import ArgumentParser
import Foundation
import IOCEngine

/// Options every command takes: where the database and the configuration are.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $XDG_DATA_HOME/ioc/ioc.sqlite).")
    var db: String?

    @Option(name: .long, help: "Configuration folder with Layouts/, Themes/ and sources.yaml.")
    var config: String?

    var databasePath: String {
        if let db { return db }
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (FileManager.default.homeDirectoryForCurrentUser.path + "/.local/share")
        return base + "/ioc/ioc.sqlite"
    }
}

/// Options for the built-in simulated city.
struct SimulatorOptions: ParsableArguments {
    @Option(name: .long, help: "Simulated city: haiphong or hanoi.")
    var city: City = .haiphong

    @Option(name: .long, help: "Seed of the simulator (same seed, same city).")
    var seed: UInt64 = 2025

    /// Two seconds: real department systems are polled every 30 s to 5 min; the simulated city still shows its
    /// values moving within a few seconds, at half the idle work of polling every second (Decision 31).
    @Option(name: .long, help: "Seconds between simulator polls.")
    var simulatorInterval: Double = 2
}

extension City: ExpressibleByArgument {}
