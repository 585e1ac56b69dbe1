import Foundation
import IOCDomain

/// A connector made on its first poll, for one whose making is slow (the simulator parses its city's CSV files):
/// the console and the wall draw their first frame before it is made (Decision 32). Its names are known beforehand;
/// a failure to make it is that poll's failure, shown in the sources panel, and the next poll tries again.
public final class DeferredConnector: Connector {
    public let sourceID: String
    public let displayName: String
    public let displayNameEN: String?
    public let kind: String
    private let make: @Sendable () throws -> any Connector
    private let made = Locked<(any Connector)?>(nil)

    public init(sourceID: String, displayName: String, displayNameEN: String?, kind: String,
                make: @escaping @Sendable () throws -> any Connector) {
        self.sourceID = sourceID
        self.displayName = displayName
        self.displayNameEN = displayNameEN
        self.kind = kind
        self.make = make
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let connector = try made.withLock { made in
            if let made { return made }
            let connector = try make()
            made = connector
            return connector
        }
        return try await connector.poll(cursor: cursor, now: now, limits: limits)
    }
}
