import Foundation
import IOCDomain
import TUICore
import TUICurses

/// What the console and the wall share around their program loop: the terminal, restored first on the way out; the
/// background services, started after the first frame and stopped after the terminal is back; the signals that end
/// the session; the memory released once a minute; and, once a second (and when `news` is raised: a poll was recorded)
/// after the screen's own reads, the background jobs' health (state when it changes, each new failure said once). A read that fails is shown, not fatal: the
/// last frame stays up.
enum ScreenSession {
    static func run<Program: ScreenProgram>(
        _ program: Program, background: BackgroundServices, news: WakeSignal? = nil,
        start: (ProgramLoop<Program>) -> Void = { _ in },
        read: (Date, Program) throws -> [Program.Message],
        interpret: @escaping (Program.Effect, Program) -> [Program.Message]
    ) {
        let signals = SignalWatcher()
        let terminal = CursesTerminal()
        defer {
            // UI first (the terminal is back at once), then the background finishes its in-flight write, then the
            // database closes when the store is released.
            terminal.restore()
            background.stop()
        }
        let loop = ProgramLoop(program: program, terminal: terminal, clock: Date.init, news: news)
        start(loop)
        var memoryRelease = MemoryReleaseSchedule(start: Int(Date().timeIntervalSince1970))
        var lastFailures: [BackgroundFailure] = []
        loop.run(until: { signals.signal != nil }, everySecond: { now, program in
            if memoryRelease.isDue(at: Int(now.timeIntervalSince1970)) { MemoryFootprint.release() }
            var messages: [Program.Message]
            do {
                messages = try read(now, program)
            } catch {
                messages = [Program.failed(program.language.pick("Lỗi đọc CSDL: ", "Database read error: ")
                                           + TextSanitizer.clean(String(describing: error), maxCharacters: 200))]
            }
            let failures = background.health.failures
            if failures != lastFailures {
                lastFailures = failures
                messages.append(Program.backgroundHealth(failures))
            }
            for (job, text) in background.health.takeNew() {
                messages.append(Program.failed(job.failed(program.language) + text))
            }
            return messages
        }, interpret: interpret, afterFrame: {
            // On an existing database the data is already there: the first frame goes out before the background starts.
            background.startOnce()
        })
    }
}
