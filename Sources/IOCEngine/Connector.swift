import Foundation
import IOCConfig
import IOCDomain

/// A department system the engine reads. A connector does one poll when asked; the scheduler owns timing,
/// timeouts, backoff and health. A connector must respect cancellation and its `limits`.
public protocol Connector: Sendable {
    /// Stable source id (the sources file's key, or `simulator`).
    var sourceID: String { get }
    /// Human name shown in the sources panel.
    var displayName: String { get }
    /// The name in English when the connector has one of its own (the simulator); nil shows `displayName`.
    var displayNameEN: String? { get }
    var endpoint: String? { get }
    var transportSecurity: TransportSecurity? { get }
    /// Connector kind, e.g. `simulator`, `http-json`.
    var kind: String { get }
    /// One poll: everything new since `cursor` (nil on the first poll), at time `now`.
    func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch
}

extension Connector {
    /// No English name of its own: a configured source's name is data and is shown as written.
    public var displayNameEN: String? { nil }
    /// Where the source is read from, for the sources screen (nil: nowhere to show, as for the simulator).
    public var endpoint: String? { nil }
    /// How the connection is protected, for the sources screen (nil: no connection).
    public var transportSecurity: TransportSecurity? { nil }

    /// The source as registered before its first poll: names, kind, interval, endpoint and transport security.
    public func registration(interval: TimeInterval) -> SourceHealth {
        var health = SourceHealth(sourceID: sourceID, name: TextSanitizer.clean(displayName, maxCharacters: 300),
                                  kind: kind, intervalSeconds: interval,
                                  nameEN: displayNameEN.map { TextSanitizer.clean($0, maxCharacters: 300) })
        health.endpoint = endpoint.map { TextSanitizer.clean($0, maxCharacters: 300) }
        health.transportSecurity = transportSecurity
        return health
    }
}

/// A connector built from a source of the sources file: its endpoint and transport security are the config's.
public protocol ConfiguredConnector: Connector {
    var config: SourceConfig { get }
}

extension ConfiguredConnector {
    public var endpoint: String? { config.kind.endpoint }
    public var transportSecurity: TransportSecurity? { config.kind.transportSecurity }
}

/// Bounds on one poll, enforced by connectors that read from outside.
public struct PollLimits: Sendable, Hashable {
    /// Largest response body accepted, in bytes.
    public var maxResponseBytes: Int
    /// Whole-poll deadline in seconds (the scheduler also enforces it).
    public var timeoutSeconds: Double

    public init(maxResponseBytes: Int = 5 * 1024 * 1024, timeoutSeconds: Double = 10) {
        self.maxResponseBytes = maxResponseBytes; self.timeoutSeconds = timeoutSeconds
    }
}

/// Why a poll failed, in words an operator can act on.
public enum PollError: Error, Sendable, Hashable, CustomStringConvertible {
    case timeout(seconds: Double)
    case httpStatus(Int)
    case responseTooLarge(limit: Int)
    case invalidResponse(String)
    case transport(String)

    public var description: String {
        switch self {
        // Decimals only for a sub-second or fractional timeout: "timeout after 10s", "timeout after 1.5s".
        case .timeout(let s): return "timeout after \(String(format: "%g", s))s"
        case .httpStatus(let code): return "HTTP \(code)"
        case .responseTooLarge(let limit): return "response larger than \(limit / 1024) KiB"
        case .invalidResponse(let why): return "invalid response: \(why)"
        case .transport(let why): return "transport error: \(why)"
        }
    }
}
