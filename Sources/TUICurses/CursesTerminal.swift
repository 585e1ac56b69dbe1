import CNcursesw
import CTerminalGuard
import Foundation
import TUICore

/// The ncursesw backend: owns the real terminal. Main-thread only (ncurses is not thread-safe), so it is neither
/// `Sendable` nor used from tasks. It draws `CellChange`s (already diffed) and decodes input into `KeyEvent`s.
/// The terminal is restored by `restore()` (idempotent), and by C signal handlers on a crash.
public final class CursesTerminal: TerminalBackend {
    /// What the terminal can show, after `NO_COLOR` and `COLORTERM` are taken into account.
    public let colorDepth: ColorDepth
    private var pairs = ColorPairCache()
    /// Styles already degraded to `colorDepth` (see `shown`), and the scratch buffer of one cell's characters.
    private var degraded: [Style: Style] = [:]
    private var chars: [wchar_t] = []
    private var active = false
    private let directColor: Bool
    /// Keys decoded and not yet given out; bracketed paste in progress.
    private var pending: [KeyEvent] = []
    private var paste = BracketedPasteDecoder(keyOf: KeyDecoder.character)
    /// Whether curses may hold input it has read and not given out (its last read returned a key; one that timed
    /// out emptied it): then only curses itself can tell, so a wait goes through it.
    private var cursesMayHoldInput = false
    /// The terminal's input hung up or failed: waits no longer watch it.
    private var inputGone = false

    /// Sets the locale (falling back to C.UTF-8 when the environment's codeset is not UTF-8), saves the
    /// terminal state for the crash path, enters curses mode (raw, no echo, keypad, hidden cursor) and colours.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        setlocale(LC_ALL, "")
        if let cs = ioc_codeset(), String(cString: cs).uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        ioc_guard_save_termios()
        ioc_guard_install_crash_handlers()
        initscr()
        ioc_guard_set_active(1)
        active = true
        raw()
        noecho()
        nonl()
        keypad(ioc_stdscr(), true)
        intrflush(ioc_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        leaveok(ioc_stdscr(), true)
        // Bracketed paste: pasted text arrives marked, so it is text, never keys (turned off again by `restore()`,
        // and by the crash path in CTerminalGuard).
        ioc_guard_bracketed_paste(1)
        var colors = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(ioc_colors())
        }
        colorDepth = ColorDepth.detect(environment: environment, colors: colors)
        directColor = colors > 256
    }

    /// The terminal size in cells.
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(ioc_stdscr())), Int(getmaxy(ioc_stdscr())))
    }

    /// Draws the changed cells and flushes them to the terminal in one write.
    public func draw(_ changes: [CellChange]) {
        guard active else { return }
        let screen = ioc_stdscr()
        for change in changes where change.cell.width > 0 {
            let style = shown(change.cell.style)
            var cchar = cchar_t()
            chars.removeAll(keepingCapacity: true)
            for scalar in change.cell.grapheme.unicodeScalars.prefix(4) { chars.append(wchar_t(bitPattern: scalar.value)) }
            if chars.isEmpty { chars.append(wchar_t(32)) }
            chars.append(0)
            var pair = Int32(pairNumber(for: style))
            let attrs = attributes(style.attributes)
            _ = chars.withUnsafeBufferPointer { ptr in
                setcchar(&cchar, ptr.baseAddress, attrs, 0, &pair)
            }
            mvwadd_wch(screen, Int32(change.y), Int32(change.x), &cchar)
        }
        wnoutrefresh(screen)
        doupdate()
    }

    /// A style as this terminal shows it. Degrading an RGB colour searches the 256-colour palette, which the first
    /// frame did for every cell (24,000 at 300×80, Decision 32); a screen uses a few dozen styles.
    private func shown(_ style: Style) -> Style {
        if let known = degraded[style] { return known }
        let result = colorDepth.degrade(style)
        if degraded.count >= 4096 { degraded.removeAll() }
        degraded[style] = result
        return result
    }

    /// Forgets everything on screen so the next `draw` repaints it all (after a resize or a redraw request).
    /// Every line is rewritten rather than the screen cleared: a clear-screen makes tmux (scroll-on-clear) push the
    /// alternate screen into the shell's history, which then shows old frames after the console exits.
    public func invalidate() {
        guard active else { return }
        werase(ioc_stdscr())
        redrawwin(ioc_stdscr())
    }

    /// Re-initialises the terminal for its new size after `KeyEvent.resize` (done by `readKey` before it gives the
    /// resize out, so `size` is the new one): `endwin()` then `refresh()` (the remedy ncurses documents) resets the
    /// scroll region, which otherwise stays at the old height — and a cursor move down at its old bottom row then
    /// scrolls a line of the frame into the terminal's history.
    private func handleResize() {
        guard active else { return }
        endwin()
        wrefresh(ioc_stdscr())
        invalidate()
    }

    /// Waits up to `timeoutMs` (−1: forever, 0: just a look) for one key; nil on timeout. A bracketed paste comes
    /// whole as one `.paste` event, read to its end marker before anything is given out. A resize comes out after
    /// the terminal has taken its new size.
    public func readKey(timeoutMs: Int) -> KeyEvent? {
        let key = nextKey(timeoutMs: timeoutMs)
        if key == .resize { handleResize() }
        return key
    }

    /// Waits up to `timeoutMs` for a key or for `wake`, whichever comes first: nil when `wake` ended the wait (or
    /// nothing came). The wait is a `poll` on the terminal's input and the signal; curses is asked, without waiting,
    /// before it (a resize it queued while drawing the last frame is invisible to `poll`) and after it whatever ended
    /// it (a resize signal that interrupted it; input, given a moment for the rest of a character split across reads).
    /// Keys curses may already hold, a paste in progress or no wait at all: the plain read. A terminal that is gone
    /// (hang-up, error) is not waited on again: the wait is on the signal alone, so a dead input never spins.
    public func readKey(timeoutMs: Int, wakingOn wake: WakeSignal) -> KeyEvent? {
        guard active, timeoutMs > 0, pending.isEmpty, !cursesMayHoldInput, !paste.isWaiting else {
            return readKey(timeoutMs: timeoutMs)
        }
        if let queued = readKey(timeoutMs: 0) { return queued }
        var fds = [pollfd(fd: inputGone ? -1 : STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wake.fileDescriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, Int32(timeoutMs))
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && fds[0].revents & Int16(POLLIN) == 0 {
            inputGone = true
        }
        let input = ready > 0 && fds[0].revents & Int16(POLLIN) != 0
        return readKey(timeoutMs: input ? Self.characterGapMs : 0)
    }

    /// Longest wait for the rest of a character whose first bytes have arrived (UTF-8 split across reads over SSH).
    static let characterGapMs = 30

    private func nextKey(timeoutMs: Int) -> KeyEvent? {
        guard active else { return nil }
        if !pending.isEmpty { return pending.removeFirst() }
        var timeout = timeoutMs
        while true {
            wtimeout(ioc_stdscr(), Int32(timeout))
            var ch: wint_t = 0
            let result = wget_wch(ioc_stdscr(), &ch)
            cursesMayHoldInput = result != ERR
            if result == ERR {
                // Nothing more in time: what the decoder held back comes out (a lone ESC is Esc).
                pending += paste.flush()
            } else if result == KEY_CODE_YES {
                if let key = KeyDecoder.functionKey(Int32(ch)) { pending += paste.feed(key: key) }
            } else {
                pending += paste.feed(UInt32(ch))
            }
            if !pending.isEmpty { return pending.removeFirst() }
            if result == ERR { return nil }
            // Inside a paste (or its start marker) the rest is already on its way: wait briefly, not the caller's time.
            guard paste.isWaiting else { continue }
            timeout = paste.isPasting ? Self.pasteGapMs : Self.markerGapMs
        }
    }

    /// Longest pause inside a paste before what was read is given out as a paste.
    static let pasteGapMs = 300
    /// Longest pause after an ESC for the rest of a paste's start marker (a terminal sends it in one write; curses
    /// has already waited its ESC delay): beyond it the ESC is the Esc key, without a noticeable delay.
    static let markerGapMs = 30

    /// Leaves curses mode and shows the cursor. Safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        ioc_guard_set_active(0)
        ioc_guard_bracketed_paste(0)
        curs_set(1)
        endwin()
    }

    deinit { restore() }

    // MARK: - Colour pairs and attributes

    private func pairNumber(for style: Style) -> Int {
        let fg = colorNumber(style.foreground)
        let bg = colorNumber(style.background)
        if fg == -1 && bg == -1 { return 0 }
        return pairs.pair(foreground: fg, background: bg)
    }

    private func colorNumber(_ color: Color) -> Int {
        switch color {
        case .default: return -1
        case .ansi(let n): return directColor ? Palette256.rgbNumber(Int(n)) : Int(n)
        case .indexed(let n): return directColor ? Palette256.rgbNumber(Int(n)) : Int(n)
        case .rgb(let r, let g, let b):
            if directColor { return Int(r) << 16 | Int(g) << 8 | Int(b) }
            return Palette256.nearestIndex(r, g, b)
        }
    }

    private func attributes(_ a: TextAttributes) -> attr_t {
        var result: attr_t = 0
        if a.contains(.bold) { result |= attr_t(ioc_a_bold()) }
        if a.contains(.dim) { result |= attr_t(ioc_a_dim()) }
        if a.contains(.underline) { result |= attr_t(ioc_a_underline()) }
        if a.contains(.reverse) { result |= attr_t(ioc_a_reverse()) }
        if a.contains(.blink) { result |= attr_t(ioc_a_blink()) }
        if a.contains(.italic) { result |= attr_t(ioc_a_italic()) }
        return result
    }
}
