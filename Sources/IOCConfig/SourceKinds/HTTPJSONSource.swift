import Foundation
import IOCDomain
import Yams

/// A department's JSON over HTTP: where to fetch it, how to ask for what changed, and how its records map to
/// observations or events.
///
/// ```yaml
///     url: "https://…/aqi"           # required, http or https
///     headers: { X-Api-Key: "…" }
///     cursor_param: since            # optional: sends ?since=<last cursor>
///     records: data.stations         # dotted path to the records array (omit: the body is the array)
///     observations: { series_key: "aqi.{id}", value: aqi, time: time, series: { … } }
///     # or
///     events: { kind: feedback, id: id, title: "{tieu_de}", status: { path: trang_thai, map: { … } }, … }
/// ```
public struct HTTPJSONSource: Sendable, Hashable {
    public var url: URL
    /// Extra request headers (e.g. an API key; `${NAME}` read from the environment).
    public var headers: [String: String]
    /// Query parameter that carries the last cursor (e.g. `since`), if the API supports incremental reads.
    public var cursorParameter: String?
    public var mapping: SourceMapping
    /// How the server's certificate is checked (https only).
    public var tls: TLSPolicy

    public init(url: URL, headers: [String: String] = [:], cursorParameter: String? = nil, mapping: SourceMapping,
                tls: TLSPolicy = .verify) {
        self.url = url; self.headers = headers; self.cursorParameter = cursorParameter; self.mapping = mapping
        self.tls = tls
    }

    static let keys = ["url", "headers", "cursor_param", "records", "observations", "events"] + TLSPolicy.keys

    /// The `url` (http or https, no credentials in it), `headers` (credentials only as references) and TLS policy
    /// (`tls_verify`, `tls_ca_file`) of every kind that polls over HTTP; nil when any is wrong (each error is on
    /// the reader).
    static func readURLAndHeaders(_ f: [String: Node], node: Node, key: String,
                                  reader: ConfigReader) -> (url: URL, headers: [String: String], tls: TLSPolicy)? {
        let errorsBefore = reader.errors.count
        if f["url"] == nil { reader.fail(node, "\(key).url", "required key is missing") }
        let urlNode = f["url"]
        let url: URL? = urlNode.flatMap { reader.string($0, key: "\(key).url") }.flatMap { text in
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
                  url.host?.isEmpty == false
            else {
                reader.fail(urlNode, "\(key).url", "expected an http:// or https:// URL with a host, found '\(text)'")
                return nil
            }
            // Credentials are references, never values (SecretText).
            if url.password != nil || url.user != nil {
                reader.fail(urlNode, "\(key).url", "a user or password must not be written in the URL; send it in a "
                            + "header whose value is ${NAME} or ${file:/path}")
                return nil
            }
            let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            for item in query where SecretText.carriesCredentials(item.name) {
                if let value = item.value, let problem = SecretText.literalProblem(value) {
                    reader.fail(urlNode, "\(key).url", "query parameter '\(item.name)': \(problem)")
                    return nil
                }
            }
            return url
        }
        var headers: [String: String] = [:]
        if let headersNode = f["headers"], let entries = reader.mapping(headersNode, key: "\(key).headers", allowed: nil) {
            for entry in entries {
                let headerKey = "\(key).headers.\(entry.name)"
                let validName = !entry.name.isEmpty && entry.name.unicodeScalars.allSatisfy {
                    $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && $0 != ":"
                }
                if !validName { reader.fail(line: entry.line, headerKey, "not a valid HTTP header name"); continue }
                guard let value = reader.string(entry.value, key: headerKey, allowEmpty: true) else { continue }
                if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    reader.fail(entry.value, headerKey, "header values must not contain control characters")
                    continue
                }
                if SecretText.carriesCredentials(entry.name), let problem = SecretText.literalProblem(value) {
                    reader.fail(entry.value, headerKey, problem)
                    continue
                }
                for case .file(let path) in SecretText.parse(value).references {
                    if let problem = SecretText.fileProblem(path) { reader.fail(entry.value, headerKey, problem) }
                }
                headers[entry.name] = value
            }
        }
        let tls = TLSPolicy.read(f, url: url, key: key, reader: reader)
        guard reader.errors.count == errorsBefore, let url, let tls else { return nil }
        return (url, headers, tls)
    }

    static func read(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> HTTPJSONSource? {
        let errorsBefore = reader.errors.count
        let http = readURLAndHeaders(f, node: node, key: key, reader: reader)
        let cursorParameter = f["cursor_param"].flatMap { reader.value($0, key: "\(key).cursor_param", ConfigNames.identifier) }
        let records = f["records"].map { reader.value($0, key: "\(key).records", SourceMappingFile.path) }
            ?? FieldPath(components: [])
        let target = SourceMappingFile.target(f, node: node, key: key, reader: reader)
        guard reader.errors.count == errorsBefore, let (url, headers, tls) = http, let records, let target else { return nil }
        return HTTPJSONSource(url: url, headers: headers, cursorParameter: cursorParameter,
                              mapping: SourceMapping(records: records, target: target), tls: tls)
    }
}
