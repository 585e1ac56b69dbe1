import Foundation
import IOCDomain
import Yams

/// Reads and validates the sources file (`sources.yaml`): the department systems to poll and how their JSON maps
/// to observations or events. Every problem is reported with its file and line; unknown keys are errors.
///
/// ```yaml
/// sources:
///   hp-aqi:                          # source id (letters, digits, - and _)
///     name: "Quan trắc không khí"    # required
///     kind: http-json                # optional, default http-json
///     url: "https://…/aqi"           # required, http or https
///     interval: 5m                   # default 60s;  timeout: default 10s;  jitter: default 0s
///     max_bytes: 2MB                 # default 5MB
///     headers: { X-Api-Key: "…" }
///     cursor_param: since            # optional: sends ?since=<last cursor>
///     records: data.stations         # dotted path to the records array (omit: the body is the array)
///     observations: { series_key: "aqi.{id}", value: aqi, time: time, series: { … } }
///     # or
///     events: { kind: feedback, id: id, title: "{tieu_de}", status: { path: trang_thai, map: { … } }, … }
/// simulator:                         # optional: keep the simulated city running beside these sources
///   interval: 2s                     # between polls (default --simulator-interval, 2 s)
///   sampling: 1m                     # between the stations' readings (default --simulator-sampling, 60 s)
/// ```
public enum SourcesFile {
    /// The whole file: the sources, and the simulated city's settings when the file asks for it.
    public static func parseDocument(_ text: String, file: String) throws(ConfigErrors) -> SourcesDocument {
        let reader = ConfigReader(file: file)
        let sources = read(text, reader: reader)
        let simulator = readSimulator(text, reader: reader)
        try reader.throwIfFailed()
        return SourcesDocument(sources: sources, simulator: simulator)
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
              let top = reader.fields(root, key: "", allowed: ["sources", "simulator"], required: ["sources"]),
              let sourcesNode = top["sources"],
              let entries = reader.mapping(sourcesNode, key: "sources", allowed: nil)
        else { return [] }
        if entries.isEmpty { reader.fail(sourcesNode, "sources", "no sources are defined") }
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

    static let sourceKeys = ["name", "kind", "url", "interval", "timeout", "jitter", "max_bytes", "headers",
                             "cursor_param", "records", "observations", "events"]

    private static func source(id: String, node: Node, key: String, reader: ConfigReader) -> SourceConfig? {
        guard let f = reader.fields(node, key: key, allowed: sourceKeys, required: ["name", "url"]) else { return nil }
        let errorsBefore = reader.errors.count
        let name = f["name"].flatMap { reader.string($0, key: "\(key).name") }
        var kind = "http-json"
        if let kindNode = f["kind"], let text = reader.string(kindNode, key: "\(key).kind") {
            if SourceConfig.supportedKinds.contains(text) {
                kind = text
            } else {
                reader.fail(kindNode, "\(key).kind", "unsupported kind '\(text)'; expected one of: "
                            + SourceConfig.supportedKinds.joined(separator: ", "))
            }
        }
        let url = f["url"].flatMap { urlNode -> URL? in
            guard let text = reader.string(urlNode, key: "\(key).url") else { return nil }
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
                  url.host?.isEmpty == false
            else {
                reader.fail(urlNode, "\(key).url", "expected an http:// or https:// URL with a host, found '\(text)'")
                return nil
            }
            return url
        }
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
                headers[entry.name] = value
            }
        }
        let cursorParameter = f["cursor_param"].flatMap { reader.value($0, key: "\(key).cursor_param", ConfigNames.identifier) }
        let records = f["records"].map { reader.value($0, key: "\(key).records", path) } ?? FieldPath(components: [])
        var target: SourceMapping.Target?
        switch (f["observations"], f["events"]) {
        case (nil, nil):
            reader.fail(node, key, "one of 'observations' or 'events' is required")
        case (.some, .some):
            reader.fail(f["events"], "\(key).events", "use either 'observations' or 'events', not both")
        case (let obs?, nil):
            target = observations(obs, key: "\(key).observations", reader: reader).map { .observations($0) }
        case (nil, let events?):
            target = self.events(events, key: "\(key).events", reader: reader).map { .events($0) }
        }
        guard reader.errors.count == errorsBefore, let name, let url, let interval, let timeout, let jitter,
              let maxBytes, let records, let target
        else { return nil }
        return SourceConfig(id: id, name: name, kind: kind, interval: interval, timeout: timeout, jitter: jitter,
                            maxBytes: maxBytes, url: url, headers: headers, cursorParameter: cursorParameter,
                            mapping: SourceMapping(records: records, target: target))
    }

    private static func observations(_ node: Node, key: String, reader: ConfigReader) -> ObservationMapping? {
        guard let f = reader.fields(node, key: key, allowed: ["series_key", "value", "time", "series"],
                                    required: ["series_key", "value"])
        else { return nil }
        let seriesKey = f["series_key"].flatMap { reader.value($0, key: "\(key).series_key", template) }
        let value = f["value"].flatMap { reader.value($0, key: "\(key).value", path) }
        let time = f["time"].flatMap { reader.value($0, key: "\(key).time", path) }
        let series = f["series"].flatMap { self.series($0, key: "\(key).series", reader: reader) }
        guard let seriesKey, let value else { return nil }
        return ObservationMapping(seriesKey: seriesKey, value: value, time: time, series: series)
    }

    private static func series(_ node: Node, key: String, reader: ConfigReader) -> SeriesTemplate? {
        guard let f = reader.fields(node, key: key, allowed: ["pillar", "name", "name_en", "unit", "agency", "ward",
                                                               "target", "direction", "warn_above", "warn_below"],
                                    required: ["pillar", "name", "unit"])
        else { return nil }
        let pillar = f["pillar"].flatMap { reader.choice($0, key: "\(key).pillar", as: Pillar.self) }
        let name = f["name"].flatMap { reader.value($0, key: "\(key).name", template) }
        let nameEN = f["name_en"].flatMap { reader.value($0, key: "\(key).name_en", template) }
        let unit = f["unit"].flatMap { reader.string($0, key: "\(key).unit", allowEmpty: true) }
        let agency = f["agency"].flatMap { reader.value($0, key: "\(key).agency", template) }
        let ward = f["ward"].flatMap { reader.value($0, key: "\(key).ward", template) }
        let target = f["target"].flatMap { reader.double($0, key: "\(key).target") }
        let direction = f["direction"].flatMap { reader.choice($0, key: "\(key).direction", among: [Direction.higherIsBetter, .lowerIsBetter, .neutral].map { ($0.rawValue, $0) }) }
        let warnAbove = f["warn_above"].flatMap { reader.double($0, key: "\(key).warn_above") }
        let warnBelow = f["warn_below"].flatMap { reader.double($0, key: "\(key).warn_below") }
        guard let pillar, let name, let unit else { return nil }
        return SeriesTemplate(pillar: pillar, name: name, nameEN: nameEN ?? name, unit: unit, agency: agency,
                              ward: ward, target: target, direction: direction ?? .neutral, warnAbove: warnAbove,
                              warnBelow: warnBelow)
    }

    static let eventKeys = ["kind", "id", "title", "status", "category", "agency", "ward", "opened", "due", "closed",
                            "updated", "progress", "severity", "detail"]

    private static func events(_ node: Node, key: String, reader: ConfigReader) -> EventMapping? {
        guard let f = reader.fields(node, key: key, allowed: eventKeys, required: ["kind", "id", "title", "status"])
        else { return nil }
        let kind = f["kind"].flatMap { reader.choice($0, key: "\(key).kind", as: EventKind.self) }
        let id = f["id"].flatMap { reader.value($0, key: "\(key).id", path) }
        let title = f["title"].flatMap { reader.value($0, key: "\(key).title", template) }
        let status = f["status"].flatMap { self.status($0, key: "\(key).status", reader: reader) }
        func optionalPath(_ name: String) -> FieldPath? {
            f[name].flatMap { reader.value($0, key: "\(key).\(name)", path) }
        }
        guard let kind, let id, let title, let status else { return nil }
        return EventMapping(kind: kind, id: id, title: title, status: status, category: optionalPath("category"),
                            agency: optionalPath("agency"), ward: optionalPath("ward"), opened: optionalPath("opened"),
                            due: optionalPath("due"), closed: optionalPath("closed"), updated: optionalPath("updated"),
                            progress: optionalPath("progress"), severity: optionalPath("severity"),
                            detail: optionalPath("detail"))
    }

    /// `status: trang_thai` (values already spelled as statuses) or `status: { path, map, default }`.
    private static func status(_ node: Node, key: String, reader: ConfigReader) -> StatusMapping? {
        if case .scalar = node {
            return reader.value(node, key: key, path).map { StatusMapping(path: $0) }
        }
        guard let f = reader.fields(node, key: key, allowed: ["path", "map", "default"], required: ["path"])
        else { return nil }
        let statusPath = f["path"].flatMap { reader.value($0, key: "\(key).path", path) }
        var values: [String: EventStatus] = [:]
        if let mapNode = f["map"], let entries = reader.mapping(mapNode, key: "\(key).map", allowed: nil) {
            for entry in entries {
                if let status = reader.choice(entry.value, key: "\(key).map.\(entry.name)", as: EventStatus.self) {
                    values[entry.name] = status
                }
            }
        }
        let fallback = f["default"].flatMap { reader.choice($0, key: "\(key).default", as: EventStatus.self) }
        guard let statusPath else { return nil }
        return StatusMapping(path: statusPath, values: values, fallback: fallback)
    }

    private static func path(_ text: String) -> Result<FieldPath, ValueSyntaxError> {
        guard let path = FieldPath(text), !text.contains("{"), !text.contains(" ") else {
            return .failure(ValueSyntaxError("'\(text)' is not a field path; expected names joined by dots, "
                                             + "like data.items or readings.0.value"))
        }
        return .success(path)
    }

    private static func template(_ text: String) -> Result<TextTemplate, ValueSyntaxError> {
        guard let template = TextTemplate(text) else {
            return .failure(ValueSyntaxError("'\(text)' is not a valid template; write fields in braces, "
                                             + "like aqi.station.{id}"))
        }
        return .success(template)
    }

    private static func format(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded()))ms" : seconds.rounded() == seconds
            ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
