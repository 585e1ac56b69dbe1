import TUICore

/// A terminal that draws nothing and counts the cells it was sent: the idle benchmark's frames go through the same
/// `FramePresenter` as the console's.
final class CountingTerminal: TerminalBackend {
    let size: (width: Int, height: Int)
    private(set) var cellsDrawn = 0

    init(width: Int, height: Int) {
        size = (width, height)
    }

    func readKey(timeoutMs: Int) -> KeyEvent? { nil }
    func draw(_ changes: [CellChange]) { cellsDrawn += changes.count }
    func invalidate() {}
    func restore() {}
}
