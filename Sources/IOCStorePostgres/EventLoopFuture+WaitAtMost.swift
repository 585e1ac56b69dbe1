import Dispatch
import Foundation
import NIOCore
import PostgresNIO

extension EventLoopFuture {
    /// Waits for the result at most `seconds`, and no longer than a second after `connection` closed (never on an
    /// event loop). postgres-nio can leave a statement unanswered for ever when the server goes away under it (seen
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
        connection?.closeFuture.whenComplete { _ in done.signal() }
        let deadline = DispatchTime.now() + seconds
        if done.wait(timeout: deadline) == .success, box.get() == nil {
            // The connection closed first: its statement's answer, if it is coming, comes at once.
            _ = done.wait(timeout: min(deadline, .now() + 1))
        }
        guard let result = box.get() else {
            let why = connection?.isClosed == true ? "the server closed the connection" : "no answer from the server within \(Int(seconds)) s"
            throw PostgresFailure(message: "\(why) (\(what))", connectionLost: true)
        }
        return try result.get()
    }
}
