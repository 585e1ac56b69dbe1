import Foundation

/// The one terminal loop of the console and the wall: it sleeps until a key or the clock's next second, gives the
/// program the time before the keys (what a key does is stamped with when it was pressed), once a second asks the
/// caller for outside news (data read, background failures), lets the caller carry out the program's effects (their
/// answers go back in as messages, in the same wake), and puts the frame on the terminal through `FramePresenter`:
/// whole when the model changed, else the clock's rows. Time comes from `clock`, so tests run it on a test backend
/// with a clock that moves when the loop waits.
public final class ProgramLoop<Program: TerminalProgram> {
    public private(set) var program: Program
    private let terminal: TerminalBackend
    private let presenter: FramePresenter
    private let clock: () -> Date
    private var lastSecond: Int?
    private var quit = false
    private let news: WakeSignal?

    /// The most keys read in one wake (a paste or a held key), so a flood of input still draws frames.
    public static var keyBurst: Int { 64 }

    /// `news`, raised by another thread (a poll was recorded), ends the wait for keys early, so the news is read at
    /// once rather than at the clock's next second.
    public init(program: Program, terminal: TerminalBackend, clock: @escaping () -> Date, news: WakeSignal? = nil) {
        self.program = program
        self.terminal = terminal
        self.presenter = FramePresenter(terminal: terminal)
        self.clock = clock
        self.news = news
    }

    /// Whether the program asked to quit.
    public var hasQuit: Bool { quit }

    /// Sends messages from outside the wake (a sign-on at start, say); effects are interpreted as in a wake.
    public func send(_ messages: [Program.Message], interpret: (Program.Effect, Program) -> [Program.Message]) {
        process(messages, interpret: interpret)
    }

    /// Runs wakes until the program quits or `stop` says so.
    /// - Parameters:
    ///   - everySecond: called once per clock second, after the tick, and in a wake that `news` ended; its messages
    ///     go in after the keys.
    ///   - interpret: carries out an effect the loop does not (reads, writes), with the program as it is then;
    ///     its messages are handled in the same wake.
    ///   - afterFrame: called after every frame (the console starts its background work after the first one).
    public func run(until stop: () -> Bool, everySecond: (Date, Program) -> [Program.Message],
                    interpret: (Program.Effect, Program) -> [Program.Message], afterFrame: () -> Void = {}) {
        let size = terminal.size
        if size.width != program.width || size.height != program.height {
            process([Program.resized(width: size.width, height: size.height)], interpret: interpret)
        }
        while !quit, !stop() {
            wake(everySecond: everySecond, interpret: interpret)
            if quit { return }
            afterFrame()
        }
    }

    /// One wake: wait, read keys, tick, news, update, draw. Public for tests that step the loop.
    public func wake(everySecond: (Date, Program) -> [Program.Message],
                     interpret: (Program.Effect, Program) -> [Program.Message]) {
        // The first frame at once; then sleep until a key, news, or the clock's next second (an idle program wakes
        // once a second, like btop's 1 s refresh, and once per recorded poll).
        let wake = clock()
        let toSecond = Int((1 - wake.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)) * 1000) + 2
        let timeout = presenter.hasFrame ? max(5, min(toSecond, 1000)) : 0
        var keys: [Program.Message] = []
        let first = news.map { terminal.readKey(timeoutMs: timeout, wakingOn: $0) } ?? terminal.readKey(timeoutMs: timeout)
        if let key = first {
            keys.append(message(for: key))
            while keys.count < Self.keyBurst, let more = terminal.readKey(timeoutMs: 0) {
                keys.append(message(for: more))
            }
        }
        let now = clock()
        let second = Int(now.timeIntervalSince1970.rounded(.down))
        let newSecond = second != lastSecond
        var messages: [Program.Message] = []
        if newSecond || !keys.isEmpty { messages.append(Program.tick(now)) }
        messages += keys
        let hasNews = news?.drain() ?? false
        if newSecond || hasNews {
            if newSecond { lastSecond = second }
            messages += everySecond(now, program)
        }
        if messages.isEmpty && presenter.hasFrame { return }
        let revision = program.revision
        process(messages, interpret: interpret)
        if quit { return }
        // News between two seconds that changed nothing shown (a poll with nothing new): this second's frame stands.
        if !newSecond, keys.isEmpty, program.revision == revision, presenter.hasFrame { return }
        let p = program
        presenter.present(revision: p.revision, now: p.now, width: p.width, height: p.height, clockRows: p.clockRows,
                          clock: { p.renderClock(into: &$0) }, whole: { p.render(into: &$0) })
    }

    private func process(_ messages: [Program.Message], interpret: (Program.Effect, Program) -> [Program.Message]) {
        var queue = messages[...]
        var redraw = false
        while let message = queue.popFirst() {
            for effect in program.update(message) {
                switch Program.control(effect) {
                case .quit?: quit = true
                case .redraw?: redraw = true
                case nil: queue.append(contentsOf: interpret(effect, program))
                }
            }
        }
        if redraw { presenter.invalidate() }
    }

    private func message(for key: KeyEvent) -> Program.Message {
        guard key == .resize else { return Program.key(key) }
        let size = terminal.size
        return Program.resized(width: size.width, height: size.height)
    }
}
