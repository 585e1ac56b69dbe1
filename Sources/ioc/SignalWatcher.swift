import Dispatch
import Foundation
import Synchronization

/// Turns SIGTERM, SIGINT and SIGHUP into a flag the main loop reads (and an optional callback), so shutdown runs
/// in order — UI first, then the engine, then the database — instead of inside a signal handler.
final class SignalWatcher: Sendable {
    private let received = Mutex<Int32?>(nil)
    private let sources: Mutex<[DispatchSourceSignal]> = Mutex([])

    init(signals: [Int32] = [SIGTERM, SIGINT, SIGHUP], onSignal: (@Sendable (Int32) -> Void)? = nil) {
        var list: [DispatchSourceSignal] = []
        for sig in signals {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [received] in
                received.withLock { if $0 == nil { $0 = sig } }
                onSignal?(sig)
            }
            source.resume()
            list.append(source)
        }
        sources.withLock { $0 = list }
    }

    /// The first signal received, if any.
    var signal: Int32? { received.withLock { $0 } }
}
