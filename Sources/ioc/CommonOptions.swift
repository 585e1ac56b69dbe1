import ArgumentParser
import IOCConfig
import Foundation
import IOCEngine
import IOCStore
import IOCStorePostgres

/// Options every command takes: where the database and the configuration are.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "SQLite database file (default: $XDG_DATA_HOME/ioc/ioc.sqlite), or a PostgreSQL database: postgres://USER@HOST[:PORT]/DATABASE (password from PGPASSWORD or ?password_file=PATH, a 0600 file).")
    var db: String?

    @Option(name: .long, help: "Configuration folder with Layouts/, Themes/ and sources.yaml.")
    var config: String?

    var databasePath: String {
        db ?? Self.dataFolder + "/ioc.sqlite"
    }

    /// `$XDG_DATA_HOME/ioc` (else `~/.local/share/ioc`): the default database's folder, and a PostgreSQL user's reports.
    static var dataFolder: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (FileManager.default.homeDirectoryForCurrentUser.path + "/.local/share")
        return base + "/ioc"
    }

    /// The database of `--db`. Commands that only read pass `create: false`: a missing file (a mistyped path) is
    /// refused, naming it, and nothing is created. A `--config` folder that does not exist is refused first.
    func openStore(create: Bool) throws -> CityStore {
        try checkConfigFolder()
        if PostgresLocation.isURL(databasePath) { return try Self.openPostgres(databasePath) }
        return try CityStore(path: databasePath, create: create)
    }

    /// A store on the PostgreSQL database of `url`: its location refused as written when it cannot be used (a
    /// password in it, a password file others may read), the server's refusal said with the URL without secrets.
    static func openPostgres(_ url: String) throws -> CityStore {
        let location: PostgresLocation
        do {
            location = try PostgresLocation.parse(url)
        } catch let error as PostgresLocationError {
            throw CommandFailure.failure("--db: \(error.description)", "--db: \(error.description)")
        }
        do {
            // The account is the server's login role, which the server authenticated: the name of an OS account on
            // whichever machine connects proves nothing to a database shared by many (Decision 67).
            return CityStore(database: try PostgresDatabase(location: location), name: location.description,
                             account: location.user)
        } catch let failure as PostgresFailure {
            throw CommandFailure.failure("không dùng được cơ sở dữ liệu \(location): \(failure.message)",
                                         "cannot use the database \(location): \(failure.message)")
        }
    }

    /// The database of `--db` (as `openStore`) and who runs `command` on it (`CommandContext.resolve`): an account
    /// with no grant, or asking for more than its grant, is refused here, before anything is read.
    func openContext(create: Bool, command: String, identity: OperatorOptions? = nil) throws -> CommandContext {
        let loading = try loading()
        var context = try CommandContext.resolve(store: try openStore(create: create), command: command, identity: identity,
                                                 security: try loading.security(), securityPath: loading.locator.securityPath())
        context.shiftPattern = try loading.shiftPattern()
        return context
    }

    /// The configuration of `--config`, refused when that folder does not exist.
    func loading() throws -> ConfigLoading {
        try checkConfigFolder()
        return ConfigLoading(explicitDirectory: config)
    }

    /// `--config` names a folder that exists (the search order then continues past it, so a typo would be silent).
    func checkConfigFolder() throws {
        guard let config, !config.isEmpty else { return }
        if ConfigLoading.isSetuid {
            throw CommandFailure.refused("ioc cài đặt setuid chỉ đọc cấu hình ở \(ConfigLoading.systemDirectory) (bỏ --config)",
                                         "a setuid ioc reads its configuration from \(ConfigLoading.systemDirectory) only (drop --config)")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: config, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure.failure("không có thư mục cấu hình \(config) (kiểm tra --config)",
                                         "no configuration folder at \(config) (check --config)")
        }
    }
}

/// Options for the built-in simulated city.
struct SimulatorOptions: ParsableArguments {
    @Option(name: .long, help: "Simulated city: haiphong or hanoi.")
    var city: City = .haiphong

    @Option(name: .long, help: "Seed of the simulator (same seed, same city).")
    var seed: UInt64 = 2025

    /// Three seconds: real department systems are polled every 30 s to 5 min; the simulated city still shows its
    /// values moving within a few seconds, since each recorded poll wakes the screen at once (Decisions 31, 63).
    // `.unconditional`: "-5" is read as the value (and refused as too small), not as an unknown option.
    @Option(name: .long, parsing: .unconditional,
            help: "Seconds between simulator polls (at least \(EngineSetup.minimumSimulatorInterval)).")
    var simulatorInterval: Double = 3

    /// A minute: traffic detectors, air-quality monitors and gauges report one-minute values; polling every 3 s
    /// brings the city's events as they happen and each series' new value once a minute (Decision 38).
    @Option(name: .long, parsing: .unconditional,
            help: "Seconds between the simulated stations' readings (at least \(EngineSetup.minimumSimulatorInterval)).")
    var simulatorSampling: Double = SimulatorConnector.defaultSampling

    /// Triggers the simulated city plays from the start (repeatable): a newcomer sees a scenario open on day one.
    @Option(name: .long, help: ArgumentHelp(
        "A scenario's trigger for the simulated city to play: flood-river[:1|2|3] (a river rising to alarm level I, II or III), waterlogging, air-quality, traffic-accident, storm, dossier-backlog, directive-overdue, feedback-surge, source-down (repeatable).",
        valueName: "trigger"))
    var play: [String] = []

    /// The plays asked for, not yet timed (`validate()` has refused every one that does not parse).
    var plays: [SimulatorPlay] {
        play.compactMap { try? SimulatorPlay.parse($0).get() }
    }

    func validate() throws {
        for text in play {
            if case .failure(let error) = SimulatorPlay.parse(text) { throw ValidationError("--play: \(error.message)") }
        }
        if let message = EngineSetup.intervalProblem(simulatorInterval, name: "--simulator-interval")
            ?? EngineSetup.intervalProblem(simulatorSampling, name: "--simulator-sampling") {
            throw ValidationError(message)
        }
    }
}

extension City: ExpressibleByArgument {}
