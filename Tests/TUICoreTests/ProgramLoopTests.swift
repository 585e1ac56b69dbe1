import Foundation
import IOCTestSupport
import TUICore
import XCTest

/// The one program loop, on the test backend: keys in, frames out, no tmux. The time comes from a clock the test
/// owns, which moves on only when the loop waits for a key.
final class ProgramLoopTests: XCTestCase {
    /// A counter: "+" counts, "a" asks the interpreter (answered with ten times the count), "q" quits, Ctrl-L
    /// redraws; news from outside is logged. Row 0 shows the count, the last row the clock.
    struct Counter: TerminalProgram {
        enum Message: Equatable { case key(KeyEvent), resized(Int, Int), tick(Date), news(String), answer(Int) }
        enum Effect: Equatable { case quit, redraw, ask(Int) }

        var revision = 0
        var now: Date
        var width = 20
        var height = 3
        var count = 0
        var log: [String] = []

        mutating func update(_ message: Message) -> [Effect] {
            switch message {
            case .tick(let date):
                now = date
                log.append("tick \(Int(date.timeIntervalSince1970))")
            case .key(let key):
                log.append("key \(key)")
                switch key {
                case .character("+"): count += 1; revision += 1
                case .character("a"): return [.ask(count)]
                case .character("q"): return [.quit]
                case .control("l"): return [.redraw]
                default: break
                }
            case .resized(let w, let h):
                width = w; height = h; revision += 1
                log.append("resized \(w)x\(h)")
            case .news(let text):
                log.append("news \(text)")
            case .answer(let n):
                count = n; revision += 1
                log.append("answer \(n)")
            }
            return []
        }

        static func control(_ effect: Effect) -> LoopControl? {
            switch effect {
            case .quit: return .quit
            case .redraw: return .redraw
            case .ask: return nil
            }
        }
        static func key(_ key: KeyEvent) -> Message { .key(key) }
        static func resized(width: Int, height: Int) -> Message { .resized(width, height) }
        static func tick(_ now: Date) -> Message { .tick(now) }

        var clockRows: [Int] { [height - 1] }
        func renderClock(into buffer: inout Buffer) {
            let s = Int(now.timeIntervalSince1970) % 60
            _ = buffer.write("t=\(s)", x: 0, y: height - 1, style: Style())
        }
        func render(into buffer: inout Buffer) {
            _ = buffer.write("count \(count)", x: 0, y: 0, style: Style())
            renderClock(into: &buffer)
        }
    }

    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_000_000.5)
    }

    private func setUp(keys: [KeyEvent], width: Int = 20, height: Int = 3) -> (ProgramLoop<Counter>, RecordingTerminal, Clock) {
        let clock = Clock()
        let terminal = RecordingTerminal(width: width, height: height)
        terminal.keys = keys
        terminal.onWait = { clock.now += Double($0) / 1000 }
        let loop = ProgramLoop(program: Counter(now: clock.now), terminal: terminal, clock: { clock.now })
        return (loop, terminal, clock)
    }

    private let ask: (Counter.Effect, Counter) -> [Counter.Message] = { effect, _ in
        if case .ask(let n) = effect { return [.answer(n * 10)] }
        return []
    }

    func testKeysInFramesOutAndTheTimeBeforeTheKeys() {
        let (loop, terminal, _) = setUp(keys: [.character("+"), .character("+")])
        loop.wake(everySecond: { _, _ in [.news("data")] }, interpret: ask)
        XCTAssertEqual(terminal.screen.rowText(0).trimmingCharacters(in: .whitespaces), "count 2")
        XCTAssertEqual(terminal.screen.rowText(2).trimmingCharacters(in: .whitespaces), "t=40")
        XCTAssertEqual(loop.program.log, ["tick 1000000", "key character(\"+\")", "key character(\"+\")", "news data"],
                       "the clock first, then the keys, then the news of the second")
        XCTAssertEqual(terminal.readTimeouts, [0, 0, 0], "the first frame does not wait; a burst reads without waiting")
    }

    func testAnIdleSecondDrawsOnlyTheClockRow() {
        let (loop, terminal, clock) = setUp(keys: [])
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(terminal.draws.count, 1)
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(terminal.readTimeouts.last, 502, "it sleeps to the next second (and 2 ms past it)")
        XCTAssertEqual(Int(clock.now.timeIntervalSince1970), 1_000_001)
        XCTAssertEqual(terminal.draws.count, 2)
        XCTAssertEqual(Set(terminal.draws[1].map(\.y)), [2], "only the clock's row changed and was drawn")
        XCTAssertEqual(terminal.screen.rowText(2).trimmingCharacters(in: .whitespaces), "t=41")
        XCTAssertEqual(terminal.screen.rowText(0).trimmingCharacters(in: .whitespaces), "count 0")
    }

    func testAnEffectsAnswerIsHandledInTheSameWake() {
        let (loop, terminal, _) = setUp(keys: [.character("+"), .character("a")])
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(loop.program.count, 10)
        XCTAssertEqual(terminal.screen.rowText(0).trimmingCharacters(in: .whitespaces), "count 10")
        XCTAssertEqual(terminal.draws.count, 1, "one frame, with the answer in it")
    }

    func testRedrawClearsTheTerminalAndDrawsWhole() {
        let (loop, terminal, _) = setUp(keys: [])
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        terminal.keys = [.control("l")]
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(terminal.invalidations, 1)
        XCTAssertEqual(terminal.screen.rowText(0).trimmingCharacters(in: .whitespaces), "count 0", "drawn again whole")
    }

    func testQuitStopsBeforeAnotherFrameAndRunEnds() {
        let (loop, terminal, _) = setUp(keys: [.character("+"), .character("q"), .character("+")])
        var frames = 0
        loop.run(until: { false }, everySecond: { _, _ in [] }, interpret: ask, afterFrame: { frames += 1 })
        XCTAssertTrue(loop.hasQuit)
        XCTAssertEqual(terminal.draws.count, 0, "no frame after q")
        XCTAssertEqual(frames, 0)
        XCTAssertEqual(loop.program.count, 2, "a key after q in the same burst is still given (as before), but nothing is drawn")
    }

    func testRunStopsWhenAskedAndCallsAfterFrame() {
        let (loop, terminal, clock) = setUp(keys: [.character("+")])
        var frames = 0
        loop.run(until: { clock.now.timeIntervalSince1970 >= 1_000_003 }, everySecond: { now, _ in
            [.news("s\(Int(now.timeIntervalSince1970) % 10)")]
        }, interpret: ask, afterFrame: { frames += 1 })
        XCTAssertFalse(loop.hasQuit)
        XCTAssertEqual(loop.program.log.filter { $0.hasPrefix("news") }, ["news s0", "news s1", "news s2", "news s3"],
                       "news once per second")
        XCTAssertEqual(frames, 4)
        XCTAssertEqual(terminal.draws.count, 4)
    }

    func testAResizeGivesTheTerminalsNewSize() {
        let (loop, terminal, _) = setUp(keys: [])
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        terminal.resize(width: 30, height: 4)
        terminal.keys = [.resize]
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(loop.program.log.last, "resized 30x4")
        XCTAssertEqual(terminal.screen.rowText(3).trimmingCharacters(in: .whitespaces), "t=40", "the clock on the new last row")
    }

    func testAStartSizeOtherThanTheTerminalsIsCorrectedFirst() {
        let (loop, terminal, clock) = setUp(keys: [], width: 40, height: 5)
        loop.run(until: { clock.now.timeIntervalSince1970 >= 1_000_001 }, everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(loop.program.log.first, "resized 40x5")
        XCTAssertEqual(terminal.screen.rowText(4).trimmingCharacters(in: .whitespaces), "t=41")
    }

    /// A poll recorded in the middle of a second is read in that wake, not at the next second; without news the
    /// loop sleeps to the second as before, and news never runs twice for one raise.
    func testNewsEndsTheWaitAndIsReadAtOnce() throws {
        let clock = Clock()
        let terminal = RecordingTerminal(width: 20, height: 3)
        terminal.onWait = { clock.now += Double($0) / 1000 }
        let news = try XCTUnwrap(WakeSignal())
        let loop = ProgramLoop(program: Counter(now: clock.now), terminal: terminal, clock: { clock.now }, news: news)
        var reads = 0
        // The second read brings new data (a new revision), the third nothing that is shown.
        let read: (Date, Counter) -> [Counter.Message] = { _, _ in
            reads += 1
            return reads == 2 ? [.answer(7)] : [.news("read \(reads)")]
        }
        loop.wake(everySecond: read, interpret: ask)
        XCTAssertEqual(reads, 1, "the first frame's second")
        XCTAssertEqual(terminal.draws.count, 1)
        news.raise()
        news.raise()
        loop.wake(everySecond: read, interpret: ask)
        XCTAssertEqual(reads, 2, "read at once, in the same second")
        XCTAssertEqual(clock.now, Date(timeIntervalSince1970: 1_000_000.5), "no wait: the clock did not move")
        XCTAssertFalse(news.isRaised, "drained: two raises are one read")
        XCTAssertEqual(terminal.draws.count, 2, "the new data drawn at once")
        XCTAssertEqual(terminal.screen.rowText(0).trimmingCharacters(in: .whitespaces), "count 7")
        news.raise()
        loop.wake(everySecond: read, interpret: ask)
        XCTAssertEqual(reads, 3)
        XCTAssertEqual(terminal.draws.count, 2, "news that changed nothing shown draws nothing")
        loop.wake(everySecond: read, interpret: ask)
        XCTAssertEqual(reads, 4, "the next second's read")
        XCTAssertEqual(terminal.draws.count, 3, "the next second's clock")
        XCTAssertEqual(Int(clock.now.timeIntervalSince1970), 1_000_001)
        XCTAssertEqual(terminal.readTimeouts.last, 502, "without news it sleeps to the next second")
    }

    func testAFloodOfKeysIsReadInBurstsSoFramesStillComeOut() {
        let (loop, terminal, _) = setUp(keys: Array(repeating: .character("+"), count: 100))
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(loop.program.count, ProgramLoop<Counter>.keyBurst)
        loop.wake(everySecond: { _, _ in [] }, interpret: ask)
        XCTAssertEqual(loop.program.count, 100)
        XCTAssertEqual(terminal.draws.count, 2)
    }
}
