import Dispatch
import Foundation
import Glibc

/// Turns SIGTERM, SIGINT and SIGHUP into a flag the main loop reads (and an optional callback), so shutdown runs
/// in order — UI first, then the engine, then the database — instead of inside a signal handler.
final class SignalWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    init(signals: [Int32] = [SIGTERM, SIGINT, SIGHUP], onSignal: (@Sendable (Int32) -> Void)? = nil) {
        for sig in signals {
            Glibc.signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                self.lock.withLock { if self.received == nil { self.received = sig } }
                onSignal?(sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any.
    var signal: Int32? { lock.withLock { received } }
}
