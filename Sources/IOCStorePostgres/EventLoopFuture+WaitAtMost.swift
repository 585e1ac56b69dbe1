import Dispatch
import Foundation
import NIOCore
import PostgresNIO

extension EventLoopFuture {
    /// Waits for the result at most `seconds`, and no longer than about two seconds after `connection` closed (never
    /// on an event loop). postgres-nio can leave a statement unanswered for ever when the server goes away under it (seen
    /// when PostgreSQL stopped under a poller: a read and a ROLLBACK waited with the event loops idle and the socket
    /// closed); such a wait fails as a lost connection, which the connection's slot gives up (the next call connects
    /// again) instead of holding every caller of the store behind it.
    func waitAtMost(_ seconds: Double, _ what: String, on connection: PostgresConnection? = nil) throws -> Value {
        let done = DispatchSemaphore(value: 0)
        let box = FutureResult<Value>()
        whenComplete { result in
            box.set(result)
            done.signal()
        }
        // In slices of a second, looking at the connection between them (a callback on its close future per statement
        // would pile up for the connection's whole life: the soak on PostgreSQL grew 0.6 MB a second with one).
        let deadline = DispatchTime.now() + seconds
        var closedAt: DispatchTime?
        while done.wait(timeout: min(deadline, .now() + 1)) == .timedOut {
            let now = DispatchTime.now()
            if now >= deadline { break }
            if let closedAt {
                if now >= closedAt + 1 { break }   // closed, and no answer came within a second of it
            } else if connection?.isClosed == true {
                closedAt = now
            }
        }
        guard let result = box.get() else {
            let why = connection?.isClosed == true ? "the server closed the connection" : "no answer from the server within \(Int(seconds)) s"
            throw PostgresFailure(message: "\(why) (\(what))", connectionLost: true)
        }
        return try result.get()
    }
}
