import Foundation

/// One department system to poll, as the sources file declares it.
public struct SourceConfig: Sendable, Hashable {
    /// Connector kinds a sources file may name.
    public static let supportedKinds = ["http-json"]

    /// The sources file's key; stable, used in the database.
    public var id: String
    /// Human name shown in the sources panel.
    public var name: String
    public var kind: String
    /// Seconds between polls.
    public var interval: Double
    /// Whole-poll deadline in seconds.
    public var timeout: Double
    /// Up to this many seconds are added at random to each interval, so sources do not poll in lockstep.
    public var jitter: Double
    /// Largest response body accepted.
    public var maxBytes: Int
    public var url: URL
    /// Extra request headers (e.g. an API key).
    public var headers: [String: String]
    /// Query parameter that carries the last cursor (e.g. `since`), if the API supports incremental reads.
    public var cursorParameter: String?
    public var mapping: SourceMapping

    public init(id: String, name: String, kind: String = "http-json", interval: Double = 60, timeout: Double = 10,
                jitter: Double = 0, maxBytes: Int = 5 * 1024 * 1024, url: URL, headers: [String: String] = [:],
                cursorParameter: String? = nil, mapping: SourceMapping) {
        self.id = id; self.name = name; self.kind = kind; self.interval = interval; self.timeout = timeout
        self.jitter = jitter; self.maxBytes = maxBytes; self.url = url; self.headers = headers
        self.cursorParameter = cursorParameter; self.mapping = mapping
    }
}
