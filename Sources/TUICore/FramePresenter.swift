import Foundation

/// Puts a screen's frames on a terminal, drawing as little as it can: a whole frame (rendered into the frame before
/// last, `Buffer.recycled`, and diffed against the last) when `FrameSchedule` says so, else only the clock's rows,
/// drawn again in the last frame in place (`Buffer.redrawRows`). One for the console and the wall alike.
public final class FramePresenter {
    private let terminal: TerminalBackend
    private var previous: Buffer?
    /// The frame before last: the next whole frame is rendered into it, not into a new buffer.
    private var spare: Buffer?
    private var schedule = FrameSchedule()

    public init(terminal: TerminalBackend) {
        self.terminal = terminal
    }

    /// Whether a frame is on the terminal (the first one is drawn at once, before waiting for keys).
    public var hasFrame: Bool { previous != nil }

    /// Forgets what is on the terminal: it is cleared, and the next frame is drawn whole.
    public func invalidate() {
        terminal.invalidate()
        previous = nil
        schedule.reset()
    }

    /// Draws the frame for a model of `revision` at `now`: `whole` renders every cell of a buffer of `width`×`height`;
    /// `clock` redraws `clockRows` only (a screen's clock and countdowns). Returns whether the frame was whole.
    @discardableResult
    public func present(revision: Int, now: Date, width: Int, height: Int, clockRows: [Int],
                        clock: (inout Buffer) -> Void, whole: (inout Buffer) -> Void) -> Bool {
        if var last = previous, !schedule.needsWholeFrame(revision: revision, now: now, width: width, height: height) {
            previous = nil   // `last` is now the only reference: drawn in place, not copied
            terminal.draw(last.redrawRows(clockRows, clock))
            previous = last
            return false
        }
        var frame = Buffer.recycled(&spare, width: width, height: height)
        whole(&frame)
        schedule.drewWholeFrame(revision: revision, now: now, width: width, height: height)
        terminal.draw(BufferDiff.changes(from: previous, to: frame))
        spare = previous
        previous = frame
        return true
    }
}
