import TUICore

/// A terminal for tests: it keeps what a real terminal would show (every drawn change applied to a screen buffer)
/// and counts the draws, and takes keys from a queue.
public final class RecordingTerminal: TerminalBackend {
    public private(set) var screen: Buffer
    public private(set) var draws: [[CellChange]] = []
    public private(set) var invalidations = 0
    public private(set) var restored = false
    public var keys: [KeyEvent] = []
    /// Called with the timeout when a read finds no key and would have waited (a test clock moves on by it).
    public var onWait: ((Int) -> Void)?
    /// Every timeout a read was given, in order.
    public private(set) var readTimeouts: [Int] = []

    public init(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
    }

    public var size: (width: Int, height: Int) { (screen.width, screen.height) }

    public func readKey(timeoutMs: Int) -> KeyEvent? {
        readTimeouts.append(timeoutMs)
        if !keys.isEmpty { return keys.removeFirst() }
        if timeoutMs > 0 { onWait?(timeoutMs) }
        return nil
    }

    /// As `readKey(timeoutMs:)`, but a raised `wake` ends the wait at once (the test clock does not move).
    public func readKey(timeoutMs: Int, wakingOn wake: WakeSignal) -> KeyEvent? {
        if keys.isEmpty, wake.isRaised {
            readTimeouts.append(timeoutMs)
            return nil
        }
        return readKey(timeoutMs: timeoutMs)
    }

    public func draw(_ changes: [CellChange]) {
        draws.append(changes)
        for change in changes { screen[change.x, change.y] = change.cell }
    }

    public func invalidate() {
        invalidations += 1
        screen = Buffer(width: screen.width, height: screen.height)
    }

    public func restore() {
        restored = true
    }

    /// A new size, as after the terminal was resized: the screen starts blank.
    public func resize(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
    }
}
