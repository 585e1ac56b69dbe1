import Foundation
import IOCDomain
import Yams

/// Reads and validates the sources file (`sources.yaml`): the department systems to poll, each with the keys every
/// kind has and its kind's own (`SourceKind`). Every problem is reported with its file and line; unknown keys, for
/// the source's kind, are errors.
///
/// ```yaml
/// sources:
///   hp-aqi:                          # source id (letters, digits, - and _)
///     name: "Quan trắc không khí"    # required
///     kind: http-json                # optional, default http-json; then the kind's keys (HTTPJSONSource)
///     interval: 5m                   # default 60s;  timeout: default 10s;  jitter: default 0s
///     max_bytes: 2MB                 # default 5MB
///     url: "https://…/aqi"           # http-json: required, http or https
/// simulator:                         # optional: keep the simulated city running beside these sources
///   interval: 3s                     # between polls (default --simulator-interval, 3 s)
///   sampling: 1m                     # between the stations' readings (default --simulator-sampling, 60 s)
/// retention:                         # optional: how long the cache keeps what it holds (RetentionPolicy.standard)
///   raw: 7d                          # every value; older ones are rolled up per hour and per day
///   hourly: 400d                     # hourly rollups (at least a day longer than raw)
///   daily: 3650d                     # daily rollups and daily source counts (at least as long as hourly)
///   events: 1100d                    # closed cases (open ones are never deleted)
/// ```
public enum SourcesFile {
    /// The whole file: the sources, and the simulated city's settings when the file asks for it.
    public static func parseDocument(_ text: String, file: String) throws(ConfigErrors) -> SourcesDocument {
        let reader = ConfigReader(file: file)
        let sources = read(text, reader: reader)
        let simulator = readSimulator(text, reader: reader)
        let retention = readRetention(text, reader: reader)
        try reader.throwIfFailed()
        return SourcesDocument(sources: sources, simulator: simulator, retention: retention)
    }

    public static func loadDocument(path: String) throws(ConfigErrors) -> SourcesDocument {
        try parseDocument(try ConfigFileText.read(path: path), file: path)
    }

    private static func readSimulator(_ text: String, reader: ConfigReader) -> SimulatorSetting? {
        guard let root = reader.root(text), case .mapping(let map) = root,
              let node = map.first(where: { $0.key.string == "simulator" })?.value,
              let f = reader.fields(node, key: "simulator", allowed: ["interval", "sampling"], required: [])
        else { return nil }
        var setting = SimulatorSetting()
        if let node = f["interval"] { setting.interval = reader.value(node, key: "simulator.interval", ValueSyntax.duration) }
        if let node = f["sampling"] { setting.sampling = reader.value(node, key: "simulator.sampling", ValueSyntax.duration) }
        return setting
    }

    private static func readRetention(_ text: String, reader: ConfigReader) -> RetentionPolicy? {
        guard let root = reader.root(text), case .mapping(let map) = root,
              let node = map.first(where: { $0.key.string == "retention" })?.value,
              let f = reader.fields(node, key: "retention", allowed: ["raw", "hourly", "daily", "events"], required: [])
        else { return nil }
        var policy = RetentionPolicy.standard
        let windows: [(String, WritableKeyPath<RetentionPolicy, TimeInterval>)] = [
            ("raw", \.rawRetention), ("hourly", \.hourlyRetention), ("daily", \.dailyRetention), ("events", \.eventRetention),
        ]
        var failed = false
        for (name, path) in windows {
            guard let value = f[name] else { continue }
            if let seconds = reader.value(value, key: "retention.\(name)", ValueSyntax.duration) {
                policy[keyPath: path] = seconds
            } else {
                failed = true
            }
        }
        if !failed, let problem = policy.problem { reader.fail(node, "retention", problem) }
        return policy
    }

    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> [SourceConfig] {
        let reader = ConfigReader(file: file)
        let sources = read(text, reader: reader)
        try reader.throwIfFailed()
        return sources
    }

    public static func load(path: String) throws(ConfigErrors) -> [SourceConfig] {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    private static func read(_ text: String, reader: ConfigReader) -> [SourceConfig] {
        guard let root = reader.root(text),
              let top = reader.fields(root, key: "", allowed: ["sources", "simulator", "retention"], required: ["sources"]),
              let sourcesNode = top["sources"],
              let entries = reader.mapping(sourcesNode, key: "sources", allowed: nil)
        else { return [] }
        // An empty list is a mistake unless the file keeps the simulated city alone (a soak, a demonstration with
        // its own retention).
        if entries.isEmpty && top["simulator"] == nil {
            reader.fail(sourcesNode, "sources", "no sources are defined (add a simulator: block to run the simulated city alone)")
        }
        var result: [SourceConfig] = []
        for entry in entries {
            let key = "sources.\(entry.name)"
            if case .failure(let error) = ConfigNames.identifier(entry.name) {
                reader.fail(line: entry.line, key, error.message)
                continue
            }
            if let source = self.source(id: entry.name, node: entry.value, key: key, reader: reader) {
                result.append(source)
            }
        }
        return result
    }

    /// The keys every kind of source has.
    static let commonKeys = ["name", "kind", "interval", "timeout", "jitter", "max_bytes"]

    private static func source(id: String, node: Node, key: String, reader: ConfigReader) -> SourceConfig? {
        // The kind first: it says which keys the source may have.
        var kindName = "http-json"
        if case .mapping(let map) = node, let kindNode = map.first(where: { $0.key.string == "kind" })?.value {
            // An unknown kind is an error; the rest is still read as the default kind, so every mistake is said.
            if let text = reader.string(kindNode, key: "\(key).kind") {
                if SourceKind.keys(of: text) != nil {
                    kindName = text
                } else {
                    reader.fail(kindNode, "\(key).kind", "unsupported kind '\(text)'; expected one of: "
                                + SourceKind.readable.map(\.name).joined(separator: ", "))
                }
            }
        }
        guard let f = reader.fields(node, key: key, allowed: commonKeys + (SourceKind.keys(of: kindName) ?? []),
                                    required: ["name"])
        else { return nil }
        let errorsBefore = reader.errors.count
        let name = f["name"].flatMap { reader.string($0, key: "\(key).name") }
        let interval = f["interval"].map { reader.value($0, key: "\(key).interval", ValueSyntax.duration) } ?? 60
        let timeout = f["timeout"].map { reader.value($0, key: "\(key).timeout", ValueSyntax.duration) } ?? 10
        let jitter = f["jitter"].map {
            reader.value($0, key: "\(key).jitter", { ValueSyntax.duration($0, allowZero: true) })
        } ?? 0
        let maxBytes = f["max_bytes"].map { reader.value($0, key: "\(key).max_bytes", ValueSyntax.byteSize) }
            ?? 5 * 1024 * 1024
        if let interval, let timeout, timeout > interval, let node = f["timeout"] {
            reader.fail(node, "\(key).timeout", "the timeout (\(format(timeout))) must not exceed the interval "
                        + "(\(format(interval)))")
        }
        if let interval, let jitter, jitter >= interval, let node = f["jitter"] {
            reader.fail(node, "\(key).jitter", "the jitter (\(format(jitter))) must be less than the interval "
                        + "(\(format(interval)))")
        }
        let kind = SourceKind.read(kindName, fields: f, node: node, key: key, reader: reader)
        guard reader.errors.count == errorsBefore, let name, let interval, let timeout, let jitter, let maxBytes, let kind
        else { return nil }
        return SourceConfig(id: id, name: name, interval: interval, timeout: timeout, jitter: jitter, maxBytes: maxBytes,
                            kind: kind)
    }

    private static func format(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded()))ms" : seconds.rounded() == seconds
            ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
