import Foundation
import IOCStore
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// Listens on `ioc_changes` on a connection of its own, on a thread of its own, and tells a `ChangeFeed` of every
/// notification; a lost connection is joined again every second (the feed says it was cut, so readers read the
/// counters meanwhile, and joined, so they read them once more).
final class ChangeListener: @unchecked Sendable {
    let feed = ChangeFeed()
    private let location: PostgresLocation
    private let logger: Logger
    private let lock = NSLock()
    private var stopped = false
    private var connection: PostgresConnection?
    private var thread: Thread?

    init(location: PostgresLocation, logger: Logger) {
        self.location = location; self.logger = logger
    }

    /// Starts the listening thread once.
    func start() {
        lock.withLock {
            guard thread == nil, !stopped else { return }
            let made = Thread { [self] in run() }
            made.name = "ioc.postgres.listen"
            thread = made
            made.start()
        }
    }

    /// Stops listening and closes the connection.
    func stop() {
        let open = lock.withLock { () -> PostgresConnection? in
            stopped = true
            return connection
        }
        open?.closeIfOpen()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run() {
        while !isStopped {
            var made: PostgresConnection?
            do {
                let open = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(),
                    configuration: ConnectionSlot.configuration(location),
                    id: 0, logger: logger).wait()
                made = open
                // Stopped while connecting: close it now rather than listen on it for ever.
                guard lock.withLock({ () -> Bool in connection = open; return !stopped }) else {
                    open.closeIfOpen()
                    break
                }
                let feed = self.feed
                open.addListener(channel: PostgresSchema.changeChannel) { _, _ in feed.changed() }
                _ = try open.query(PostgresQuery(unsafeSQL: "LISTEN \(PostgresSchema.changeChannel)"), logger: logger)
                    .waitAtMost(10, "LISTEN")
                feed.setLive(true)
                // Ends when the connection does (lost, or closed by `stop()`); how it ended changes nothing here.
                do { try open.closeFuture.wait() } catch {}
                feed.setLive(false)
            } catch {
                // Not reachable now: readers read the counters meanwhile; try again in a second.
            }
            // postgres-nio wants every connection closed before it goes.
            made?.closeIfOpen()
            lock.withLock { connection = nil }
            if !isStopped { Thread.sleep(forTimeInterval: 1) }
        }
    }
}
