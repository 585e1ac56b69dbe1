#if canImport(Glibc)
import Glibc
#endif

/// Ends a program loop's wait for keys early: another thread raises it when there is news (a poll was recorded), and
/// the loop reads that news at once instead of at the clock's next second (`ProgramLoop`, `TerminalBackend`).
///
/// A self-pipe: raising writes one byte and never blocks (a full pipe is raised already); the loop waits on the read
/// end beside the terminal's input and empties it with `drain()`. Raising from any thread, draining from the loop's.
public final class WakeSignal: @unchecked Sendable {
    /// The end the loop waits on (readable while raised).
    public let fileDescriptor: Int32
    private let writeEnd: Int32

    /// Nil when the process has no file descriptor left for the pipe: the loop then reads its news once a second,
    /// as without a signal.
    public init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        // Both ends non-blocking (a drain must never wait) and closed on exec; otherwise no signal.
        let configured = ends.allSatisfy { end in
            let flags = fcntl(end, F_GETFL)
            return flags >= 0 && fcntl(end, F_SETFL, flags | O_NONBLOCK) == 0 && fcntl(end, F_SETFD, FD_CLOEXEC) == 0
        }
        guard configured else {
            ends.forEach { close($0) }
            return nil
        }
        fileDescriptor = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(fileDescriptor)
        close(writeEnd)
    }

    /// Wakes the loop. A write that fails can only find the pipe full (EAGAIN), which is raised already.
    public func raise() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe; whether it had been raised since the last drain.
    public func drain() -> Bool {
        var raised = false
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(fileDescriptor, &bytes, bytes.count) > 0 { raised = true }
        return raised
    }

    /// Whether it is raised now, without waiting or draining.
    public var isRaised: Bool {
        var fd = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents & Int16(POLLIN) != 0
    }
}
