/// What a full-screen program needs of its terminal: its size, the next key, drawing changed cells, forgetting what
/// is on screen (the next frame is drawn whole) and giving the terminal back. `TUICurses.CursesTerminal` is the real
/// one; tests use a backend that records the frames.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// The next key, waiting at most `timeoutMs` (0: do not wait); nil when none came.
    func readKey(timeoutMs: Int) -> KeyEvent?
    /// The same, but a raised `wake` ends the wait early with nil (it is not drained: the caller does that). A
    /// backend that cannot wait on both waits for keys alone (the default).
    func readKey(timeoutMs: Int, wakingOn wake: WakeSignal) -> KeyEvent?
    func draw(_ changes: [CellChange])
    func invalidate()
    func restore()
}

extension TerminalBackend {
    public func readKey(timeoutMs: Int, wakingOn wake: WakeSignal) -> KeyEvent? {
        readKey(timeoutMs: timeoutMs)
    }
}
