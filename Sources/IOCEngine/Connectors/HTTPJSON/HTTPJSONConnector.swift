import Foundation
import IOCConfig
import IOCDomain

/// Polls a department's HTTP JSON API and maps its records to observations or events as the sources file declares
/// (no code per department). Enforces `PollLimits`: bodies past `maxResponseBytes` are cut off while streaming,
/// a trickling body fails at the whole-poll timeout, non-2xx is `PollError.httpStatus`, bad JSON or a wrong shape
/// is `PollError.invalidResponse`, and every mapped string is sanitised.
public struct HTTPJSONConnector: ConfiguredConnector {
    public let config: SourceConfig
    public let source: HTTPJSONSource
    private let transport: HTTPTransport

    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let environment: [String: String]

    /// A connector for `config` (whose kind is `source`); `${NAME}` in header values comes from `environment`,
    /// substituted at each poll, so API keys stay out of the sources file.
    public init(config: SourceConfig, source: HTTPJSONSource,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.config = config
        self.source = source
        self.environment = environment
        self.transport = HTTPTransport(tls: source.tls)
    }

    /// The limits from the sources file, for the scheduler.
    public var limits: PollLimits { PollLimits(maxResponseBytes: config.maxBytes, timeoutSeconds: config.timeout) }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let timeout = min(limits.timeoutSeconds, config.timeout)
        let maxBytes = min(limits.maxResponseBytes, config.maxBytes)
        let body = try await transport.fetch(try request(cursor: cursor), maxBytes: maxBytes,
                                             timeout: timeout)
        try Task.checkCancellation()
        return try HTTPJSONRecordMapper(mapping: source.mapping, now: now).batch(from: body, previousCursor: cursor)
    }

    /// The GET request for a poll: the configured URL (plus the cursor parameter), headers, JSON accepted.
    func request(cursor: String?) throws -> HTTPRequest {
        var url = source.url
        if let parameter = source.cursorParameter, let cursor { url = HTTPRequests.url(url, adding: [(parameter, cursor)]) }
        return try HTTPRequests.get(url, accept: "application/json", headers: source.headers, environment: environment)
    }
}
