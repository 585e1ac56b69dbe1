import Foundation
import IOCDomain
import Yams

/// Reads how a source's records map to observations or events (`observations:` or `events:`, with field paths and
/// templates), for every kind whose records are JSON-like.
enum SourceMappingFile {
    /// Exactly one of `observations:` and `events:`, read; nil when neither, both, or a wrong one (errors on the reader).
    static func target(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> SourceMapping.Target? {
        switch (f["observations"], f["events"]) {
        case (nil, nil):
            reader.fail(node, key, "one of 'observations' or 'events' is required")
            return nil
        case (.some, .some):
            reader.fail(f["events"], "\(key).events", "use either 'observations' or 'events', not both")
            return nil
        case (let obs?, nil):
            return observations(obs, key: "\(key).observations", reader: reader).map { .observations($0) }
        case (nil, let events?):
            return self.events(events, key: "\(key).events", reader: reader).map { .events($0) }
        }
    }

    static func observations(_ node: Node, key: String, reader: ConfigReader) -> ObservationMapping? {
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

    static func series(_ node: Node, key: String, reader: ConfigReader) -> SeriesTemplate? {
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

    static func events(_ node: Node, key: String, reader: ConfigReader) -> EventMapping? {
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
    static func status(_ node: Node, key: String, reader: ConfigReader) -> StatusMapping? {
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

    static func path(_ text: String) -> Result<FieldPath, ValueSyntaxError> {
        guard let path = FieldPath(text), !text.contains("{"), !text.contains(" ") else {
            return .failure(ValueSyntaxError("'\(text)' is not a field path; expected names joined by dots, "
                                             + "like data.items or readings.0.value"))
        }
        return .success(path)
    }

    static func template(_ text: String) -> Result<TextTemplate, ValueSyntaxError> {
        guard let template = TextTemplate(text) else {
            return .failure(ValueSyntaxError("'\(text)' is not a valid template; write fields in braces, "
                                             + "like aqi.station.{id}"))
        }
        return .success(template)
    }
}
