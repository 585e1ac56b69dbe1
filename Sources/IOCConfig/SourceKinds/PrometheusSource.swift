import Foundation
import IOCDomain
import Yams

/// The IOC's own servers and networks as Prometheus exposes them (the text exposition format of `/metrics`): which
/// samples become series, named from their labels; counters become rates per second.
///
/// ```yaml
///     url: "http://127.0.0.1:9100/metrics"   # required
///     headers: { Authorization: "Bearer ${PROM_TOKEN}" }
///     metrics:
///       - match: up                           # the metric's name
///         series_key: "it.up.{job}"           # a template over the sample's labels ({__name__} too)
///         name: "Máy chủ {job}"               # name_en optional; unit; pillar (default sectors)
///       - match: node_network_receive_bytes_total
///         series_key: "it.net_rx.{device}"
///         name: "Mạng nhận {device}"
///         unit: "B/s"                         # a counter (TYPE counter, or a name ending _total) becomes a rate
/// ```
public struct PrometheusSource: Sendable, Hashable {
    public struct Metric: Sendable, Hashable {
        public var match: String
        public var seriesKey: TextTemplate
        public var name: TextTemplate
        public var nameEN: TextTemplate
        public var unit: String
        public var pillar: Pillar

        public init(match: String, seriesKey: TextTemplate, name: TextTemplate, nameEN: TextTemplate? = nil,
                    unit: String = "", pillar: Pillar = .sectors) {
            self.match = match; self.seriesKey = seriesKey; self.name = name; self.nameEN = nameEN ?? name
            self.unit = unit; self.pillar = pillar
        }
    }

    public var url: URL
    public var headers: [String: String]
    /// How the server's certificate is checked (https only).
    public var tls: TLSPolicy = .verify
    public var metrics: [Metric]

    public init(url: URL, headers: [String: String] = [:], metrics: [Metric]) {
        self.url = url; self.headers = headers; self.metrics = metrics
    }

    static let keys = ["url", "headers", "metrics"] + TLSPolicy.keys

    static func read(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> PrometheusSource? {
        let errorsBefore = reader.errors.count
        // The URL and headers as http-json reads them (with their rules on secrets).
        let http = HTTPJSONSource.readURLAndHeaders(f, node: node, key: key, reader: reader)
        var metrics: [Metric] = []
        if let list = f["metrics"].flatMap({ reader.sequence($0, key: "\(key).metrics") }) {
            for (index, item) in list.enumerated() {
                let itemKey = "\(key).metrics.\(index)"
                guard let m = reader.fields(item, key: itemKey, allowed: ["match", "series_key", "name", "name_en", "unit", "pillar"],
                                            required: ["match", "series_key", "name"]) else { continue }
                let match = m["match"].flatMap { reader.value($0, key: "\(itemKey).match", Self.metricName) }
                let seriesKey = m["series_key"].flatMap { reader.value($0, key: "\(itemKey).series_key", SourceMappingFile.template) }
                let name = m["name"].flatMap { reader.value($0, key: "\(itemKey).name", SourceMappingFile.template) }
                let nameEN = m["name_en"].flatMap { reader.value($0, key: "\(itemKey).name_en", SourceMappingFile.template) }
                let unit = m["unit"].flatMap { reader.string($0, key: "\(itemKey).unit", allowEmpty: true) } ?? ""
                let pillar = m["pillar"].flatMap { reader.choice($0, key: "\(itemKey).pillar", as: Pillar.self) } ?? .sectors
                if let match, let seriesKey, let name {
                    metrics.append(Metric(match: match, seriesKey: seriesKey, name: name, nameEN: nameEN, unit: unit, pillar: pillar))
                }
            }
        } else if f["metrics"] == nil {
            reader.fail(node, "\(key).metrics", "required key is missing")
        }
        guard reader.errors.count == errorsBefore, let (url, headers, tls) = http else { return nil }
        var source = PrometheusSource(url: url, headers: headers, metrics: metrics)
        source.tls = tls
        return source
    }

    /// A Prometheus metric name: letters, digits, `_` and `:`, not starting with a digit.
    static func metricName(_ text: String) -> Result<String, ValueSyntaxError> {
        let valid = !text.isEmpty && !(text.first!.isNumber) && text.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == ":")
        }
        return valid ? .success(text) : .failure(ValueSyntaxError("'\(text)' is not a metric name (letters, digits, _ and :)"))
    }
}
