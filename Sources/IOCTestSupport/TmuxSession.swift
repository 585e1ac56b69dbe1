import Foundation

/// Drives a program in a private tmux server at a fixed size, like a person at a terminal: type keys, read the
/// screen, wait for a condition (fzf's test/lib/common.rb is the model). Each session has its own server socket,
/// so tests never touch the user's tmux.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let name = "ioc"

    /// Starts `bash --norc` in a new detached session of `width`×`height` with `LANG=C.UTF-8`.
    public init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "ioc-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        // A hermetic environment: nothing from the test runner (NO_COLOR, COLORTERM, …) leaks into the session.
        let outer = ProcessInfo.processInfo.environment
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "PS1": "$ ",
                   "PATH": outer["PATH"] ?? "/usr/local/bin:/usr/bin:/bin", "HOME": outer["HOME"] ?? "/tmp"]
        env.merge(environment) { _, new in new }
        let exports = env.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                  "env -i \(exports) bash --norc --noprofile"])
        try tmux(["set-option", "-g", "status", "off"])
        try tmux(["set-option", "-g", "default-terminal", "tmux-256color"])
    }

    deinit { kill() }

    /// Types a shell command and Enter.
    public func run(_ command: String) throws {
        try tmux(["send-keys", "-t", name, "-l", command])
        try tmux(["send-keys", "-t", name, "Enter"])
    }

    /// Sends keys by tmux name ("q", "Tab", "Enter", "Escape", "Down", "C-c").
    public func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends literal text (no key-name lookup).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes `text` as a terminal does: bracketed (ESC[200~ … ESC[201~) when the program asked for bracketed paste.
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "paste", "-t", name])
    }

    /// The visible screen as text, one line per row.
    public func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// A tmux format value of the pane, e.g. `#{alternate_on}`, `#{cursor_flag}`, `#{pane_width}`.
    public func format(_ f: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, f]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Waits until `condition` holds for a settled screen; returns the screen, or throws with the last screen.
    ///
    /// Settled: a second capture a moment later reads the same. tmux takes a large frame from the pty in chunks, so
    /// one capture can show the top of a new frame over the bottom of the old one; a condition on the top alone
    /// would then hand the caller a screen whose lower half is still being drawn (the stale-wall test failed on CI
    /// that way: banner drawn, footer not yet).
    @discardableResult
    public func waitFor(timeout: TimeInterval = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        var screen = ""
        let held = Eventually.holds(timeout: timeout) {
            screen = (try? capture()) ?? ""
            guard condition(screen) else { return false }
            Thread.sleep(forTimeInterval: 0.05)
            let again = (try? capture()) ?? ""
            if again == screen { return true }
            screen = again
            return false
        }
        if held { return screen }
        throw TmuxWaitError(what: what, screen: screen)
    }

    public func kill() {
        _ = try? tmux(["kill-server"])
    }

    /// Runs one tmux client command (through `Subprocess`: the command that starts the server forks a daemon).
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        Subprocess.run(["tmux", "-L", socket] + arguments).output
    }
}

/// A wait that timed out, with the whole screen so the failure explains itself.
public struct TmuxWaitError: Error, CustomStringConvertible {
    public let what: String
    public let screen: String
    public var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
}
