import Foundation
import IOCConfig
import IOCDomain

/// Reads a Prometheus `/metrics` endpoint (the IOC's own servers and networks: up, latency, disk) and keeps the
/// samples the config names as series. A counter becomes a rate per second between two polls (a counter that went
/// down was reset: its rate counts from zero); a gauge is its value. Values that are not finite (`NaN`, `±Inf`) are
/// left out; every name from the endpoint is cleaned.
public final class PrometheusConnector: ConfiguredConnector, @unchecked Sendable {
    public let config: SourceConfig
    public let source: PrometheusSource
    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let transport: HTTPTransport
    private let environment: [String: String]
    private let lock = NSLock()
    /// A counter's previous value and time, by series key.
    private var previous: [String: (value: Double, time: Date)] = [:]

    public init(config: SourceConfig, source: PrometheusSource,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.config = config
        self.source = source
        self.environment = environment
        self.transport = HTTPTransport(tls: source.tls)
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let timeout = min(limits.timeoutSeconds, config.timeout)
        let request = try HTTPRequests.get(source.url, accept: "text/plain;version=0.0.4", headers: source.headers,
                                           environment: environment)
        let body = try await transport.fetch(request, maxBytes: min(limits.maxResponseBytes, config.maxBytes), timeout: timeout)
        try Task.checkCancellation()
        guard let text = String(data: body, encoding: .utf8) else {
            throw PollError.invalidResponse("the metrics are not UTF-8 text")
        }
        return try batch(from: PrometheusText.parse(text), now: now)
    }

    package func batch(from parsed: PrometheusText.Parsed, now: Date) throws -> Batch {
        if parsed.samples.isEmpty {
            throw PollError.invalidResponse(parsed.unreadable > 0
                ? "not the Prometheus text format (\(parsed.unreadable) lines unreadable)" : "no samples")
        }
        var batch = Batch()
        var defined: Set<String> = []
        var matched = 0
        for sample in parsed.samples {
            guard let metric = source.metrics.first(where: { $0.match == sample.name }) else { continue }
            matched += 1
            var record: [String: Any] = sample.labels
            record["__name__"] = sample.name
            guard let rawKey = metric.seriesKey.render(record) else { continue }
            let key = TextSanitizer.clean(rawKey, maxCharacters: 200)
            guard !key.isEmpty, sample.value.isFinite else { continue }
            let time = sample.timestampMs
                .map { Date(timeIntervalSince1970: Double($0) / 1000) }
                .flatMap(RecordTimeParser.plausible) ?? now
            var value = sample.value
            if PrometheusText.isCounter(sample.name, types: parsed.types) {
                let before = lock.withLock { () -> (value: Double, time: Date)? in
                    defer { previous[key] = (sample.value, time) }
                    return previous[key]
                }
                guard let before, time > before.time else { continue }   // a rate needs two samples
                let increase = sample.value >= before.value ? sample.value - before.value : sample.value   // a reset
                value = increase / time.timeIntervalSince(before.time)
            }
            batch.observations.append(Observation(seriesKey: key, time: time, value: value))
            if defined.insert(key).inserted {
                let name = TextSanitizer.clean(metric.name.render(record) ?? key, maxCharacters: 300)
                batch.seriesDefinitions.append(SeriesDefinition(
                    key: key, pillar: metric.pillar, name: name,
                    nameEN: TextSanitizer.clean(metric.nameEN.render(record) ?? name, maxCharacters: 300),
                    unit: TextSanitizer.clean(metric.unit, maxCharacters: 40)))
            }
        }
        if matched == 0 {
            batch.rejected = TextSanitizer.clean("none of the configured metrics ("
                + source.metrics.map(\.match).joined(separator: ", ") + ") is in the answer", maxCharacters: 300)
        }
        return batch
    }
}
