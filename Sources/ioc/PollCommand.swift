import ArgumentParser
import Foundation
import IOCDomain
import IOCStore
import IOCStorePostgres

/// `ioc poll`: the engine without a screen, until SIGTERM or SIGINT; then it stops polling and exits cleanly.
struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll", abstract: "Poll all sources headless until SIGTERM/SIGINT.", discussion: ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, parsing: .unconditional,
            help: "Run the simulated city N times faster than real time, for a soak (1 to 100000; with the simulator alone and an explicit --db, whose data then lies in the future).")
    var speed: Double?

    @Option(name: .long, help: "With a PostgreSQL --db: the local SQLite queue where polls wait while the database cannot be reached (default: $XDG_DATA_HOME/ioc/poll-queue-DATABASE@HOST-PORT.sqlite). One poller per queue.")
    var queue: String?

    func validate() throws {
        if let speed, !(speed >= 1 && speed <= Self.maximumSpeed) {
            throw ValidationError(LanguageOption.pick("--speed phải từ 1 đến \(Int(Self.maximumSpeed)) (đã cho \(speed))",
                                                      "--speed must be from 1 to \(Int(Self.maximumSpeed)) (got \(speed))"))
        }
        if speed != nil && common.db == nil {
            throw ValidationError(LanguageOption.pick(
                "--speed cần --db: thời gian mô phỏng chạy nhanh ghi vào một cơ sở dữ liệu riêng, không bao giờ vào cơ sở dữ liệu mặc định",
                "--speed needs --db: a fast simulated time is written into a database of its own, never the default one"))
        }
    }

    /// A simulated year in about five minutes at most: beyond that a poll's own work is longer than its interval.
    static let maximumSpeed: Double = 100_000

    func run() throws {
        let context = try common.openContext(create: true, command: "poll")
        guard context.actor.role.canAct else {
            let refusal = AccessRefusal.roleAboveGrant(requested: .operator, granted: context.actor.role)
            try context.audit(.command, outcome: .refused, target: "poll", detail: refusal.text(.en))
            throw refusal
        }
        let store = context.store
        let loading = try common.loading()
        try context.audit(.configLoad, target: "poll", detail: loading.inForce)
        let time = try speed.map { try Self.fastTime(speed: $0, store: store) } ?? .real
        let offline = try offlineRecorder(store: store)
        let engine = try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator, time: time,
                                          recorder: offline)
        if speed != nil && !engine.simulatorOnly {
            throw CommandFailure.refused("--speed chỉ chạy với thành phố mô phỏng (tệp nguồn có nguồn thật: \(engine.sourceIDs.joined(separator: ", ")))",
                                         "--speed runs the simulated city only (the sources file has real sources: \(engine.sourceIDs.joined(separator: ", ")))")
        }
        // The same background services as the console's and the wall's; with no screen, a new failure is a log line.
        let background = BackgroundServices(
            engine: engine, store: store, alarms: try AlarmSetup.cycle(store: store, locator: loading.locator, now: time.now),
            housekeeping: true, retention: engine.retention, forwarder: try loading.forwarder(store: store), queue: offline,
            time: time,
            health: BackgroundHealth(onNewFailure: { job, text in
                FileHandle.standardError.write(Data("ioc poll: \(job.name(.en)): \(text)\n".utf8))
            }))
        let done = DispatchSemaphore(value: 0)
        let watcher = SignalWatcher { _ in done.signal() }
        FileHandle.standardError.write(Data("ioc poll: \(engine.sourceIDs.joined(separator: ", ")) → \(store.path)\n".utf8))
        if let fast = time.fast {
            FileHandle.standardError.write(Data("ioc poll: simulated time ×\(fast.speed == fast.speed.rounded() ? String(Int(fast.speed)) : String(fast.speed)) from \(VietnamTime.isoDateTime(fast.start))\n".utf8))
        }
        background.startOnce()
        var memoryRelease = MemoryReleaseSchedule(start: Int(Date().timeIntervalSince1970))
        // Sleeps until the next release is due (or a signal); nothing else runs on this thread.
        while done.wait(timeout: .now() + max(1, Double(memoryRelease.next) - Date().timeIntervalSince1970)) == .timedOut {
            if memoryRelease.isDue(at: Int(Date().timeIntervalSince1970)) { MemoryFootprint.release() }
        }
        // Housekeeping, the alarm cycle, then the poller, whose in-flight write finishes (cancelled, it settles at once).
        background.stop(timeout: 10)
        // A log line (for journald and scripts), in one fixed form whatever --lang says; --lang is for errors.
        FileHandle.standardError.write(Data("ioc poll: stopped on signal \(watcher.signal ?? 0)\n".utf8))
        if let offline {
            let counts = offline.written
            FileHandle.standardError.write(Data("ioc poll: poller \(offline.queue.pollerID), queue \(offline.queue.path): \(counts.applied) records applied, \(counts.queued) queued, \(counts.forwarded) forwarded, \(counts.alreadyApplied) found applied, \(counts.setAside) set aside, \(offline.backlog) waiting\n".utf8))
        }
    }

    /// On PostgreSQL, the recorder that queues polls locally while the database cannot be reached (issue 17, item 3);
    /// on SQLite (a local file, never out of reach) none, and `--queue` is refused.
    func offlineRecorder(store: CityStore) throws -> OfflinePollRecorder? {
        guard store.engine == .postgres else {
            if queue != nil {
                throw CommandFailure.refused("--queue chỉ dùng với cơ sở dữ liệu PostgreSQL (--db postgres://…)",
                                             "--queue is for a PostgreSQL database (--db postgres://…)")
            }
            return nil
        }
        let path = try queue ?? CommonOptions.dataFolder + "/poll-queue-" + Self.queueName(PostgresLocation.parse(common.databasePath)) + ".sqlite"
        let opened: PollQueue
        do {
            opened = try PollQueue(path: path)
        } catch let error as CityStoreError {
            throw CommandFailure.failure("không mở được hàng đợi của bộ thu: \(error)", "cannot open the poller's queue: \(error)")
        }
        let recorder = try OfflinePollRecorder(store: store, queue: opened) { _, line in
            FileHandle.standardError.write(Data("ioc poll: \(line)\n".utf8))
        }
        if recorder.backlog > 0 {
            FileHandle.standardError.write(Data("ioc poll: \(recorder.backlog) records wait in \(path) from an earlier run; forwarding\n".utf8))
        }
        return recorder
    }

    /// A file name for a database's default queue: "DATABASE@HOST-PORT", anything else than letters, digits and
    /// "-_.@" made "_".
    static func queueName(_ location: PostgresLocation) -> String {
        let name = "\(location.database)@\(location.host)-\(location.port)"
        return String(name.map { $0.isLetter || $0.isNumber || "-_.@".contains($0) ? $0 : "_" })
    }

    /// The fast time of a soak: from now, or from the database's last poll when that is later (a soak stopped and
    /// started again goes on from where its simulated time had got to).
    static func fastTime(speed: Double, store: CityStore) throws -> ProcessTime {
        let last = try store.sourceHealth().compactMap(\.lastAttemptAt).max()
        return .fast(speed: speed, start: max(Date(), last.map { $0.addingTimeInterval(1) } ?? .distantPast))
    }
}
