import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IOCConfig
import IOCDomain

/// Polls a department's HTTP JSON API and maps its records to observations or events as the sources file declares
/// (no code per department). Enforces `PollLimits`: bodies past `maxResponseBytes` are cut off while streaming,
/// a trickling body fails at the whole-poll timeout, non-2xx is `PollError.httpStatus`, bad JSON or a wrong shape
/// is `PollError.invalidResponse`, and every mapped string is sanitised.
public struct HTTPJSONConnector: Connector {
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
        self.transport = HTTPTransport(resourceTimeout: config.timeout)
    }

    /// The limits from the sources file, for the scheduler.
    public var limits: PollLimits { PollLimits(maxResponseBytes: config.maxBytes, timeoutSeconds: config.timeout) }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let timeout = min(limits.timeoutSeconds, config.timeout)
        let maxBytes = min(limits.maxResponseBytes, config.maxBytes)
        let body = try await transport.fetch(try request(cursor: cursor, timeout: timeout), maxBytes: maxBytes,
                                             timeout: timeout)
        try Task.checkCancellation()
        return try HTTPJSONRecordMapper(mapping: source.mapping, now: now).batch(from: body, previousCursor: cursor)
    }

    /// The GET request for a poll: the configured URL (plus the cursor parameter), headers, JSON accepted.
    func request(cursor: String?, timeout: Double) throws -> URLRequest {
        var url = source.url
        if let parameter = source.cursorParameter, let cursor,
           var components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            // `+` (in time offsets) must be escaped: form decoding reads a bare `+` as a space.
            var allowed = CharacterSet.urlQueryAllowed
            allowed.remove(charactersIn: "+&=;")
            let encoded = cursor.addingPercentEncoding(withAllowedCharacters: allowed) ?? cursor
            let existing = components.percentEncodedQuery.map { $0 + "&" } ?? ""
            components.percentEncodedQuery = existing + "\(parameter)=\(encoded)"
            url = components.url ?? url
        }
        // Foundation's own timers work in whole seconds; the transport's deadline enforces `timeout` exactly.
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData,
                                 timeoutInterval: HTTPTransport.backstop(timeout))
        request.httpMethod = "GET"
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        for (name, value) in source.headers.sorted(by: { $0.key < $1.key }) {
            request.setValue(try expand(value, header: name), forHTTPHeaderField: name)
        }
        return request
    }

    /// Replaces each `${NAME}` with the environment's value and each `${file:/path}` with the file's (mode 0600 or 0400, `SecretText`); a variable not set or a file refused fails the poll, naming it.
    func expand(_ value: String, header: String) throws -> String {
        switch SecretText.expand(value, environment: environment) {
        case .success(let text): return text
        case .failure(let error): throw PollError.transport("\(error.message) (header \(header))")
        }
    }
}
