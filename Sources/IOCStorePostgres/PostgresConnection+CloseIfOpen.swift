import PostgresNIO

extension PostgresConnection {
    /// Closes the connection unless it is closed already, waiting for it (postgres-nio wants every connection closed
    /// before it goes). Used only where the connection is being given up — lost, stopped, or its store dropped —
    /// so a failure to close has nothing left to tell: the socket is gone either way. Never on an event loop.
    func closeIfOpen() {
        guard !isClosed else { return }
        do {
            try close().waitAtMost(5, "closing a connection")
        } catch let failure as PostgresFailure where failure.connectionLost && !isClosed {
            // Not closed within 5 s (its close is still under way): kept, so that it is never deinitialised open.
            AbandonedConnections.keep(self)
        } catch {
            return
        }
    }
}
