import Foundation
import IOCConfig
import IOCDomain

/// Reads stations over the OGC SensorThings API 1.1: the Things with their Locations and Datastreams (each Datastream
/// a series, named and placed in its ward), then for each Datastream every Observation after the newest one stored —
/// the gap since the last poll, not only the newest value — with `$filter` on `phenomenonTime`, `$orderby`
/// ascending and `$top`, following `@iot.nextLink` (raw spaces in it are escaped; a link to another host is not
/// followed; a last page may carry one and answer an empty page).
public struct SensorThingsConnector: ConfiguredConnector {
    public let config: SourceConfig
    public let source: SensorThingsSource
    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let transport: HTTPTransport
    private let environment: [String: String]

    /// At most this many pages of one collection in a poll; the rest comes next poll (observations are in time order).
    static let maxPages = 20

    public init(config: SourceConfig, source: SensorThingsSource,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.config = config
        self.source = source
        self.environment = environment
        self.transport = HTTPTransport(tls: source.tls)
    }

    /// One Datastream with what names and places its series.
    struct Stream {
        var id: String
        var fields: [String: Any]
        var unit: String
        var ward: String?
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let deadline = min(limits.timeoutSeconds, config.timeout)
        let maxBytes = min(limits.maxResponseBytes, config.maxBytes)
        let started = Date()
        let wardNames = try WardNames.bundled.get()
        var state = SensorThingsCursor.decode(cursor)

        let things = try await collection(url(path: "Things", query: [("$expand", "Locations,Datastreams"),
                                                                      ("$top", String(source.pageSize))]),
                                          maxBytes: maxBytes, deadline: deadline, started: started)
        var streams: [Stream] = []
        for thing in things {
            let thingID = Self.text(thing["@iot.id"]) ?? ""
            let thingName = Self.text(thing["name"]) ?? thingID
            let locations = (thing["Locations"] as? [[String: Any]]) ?? []
            let ward = source.wards[thingName] ?? source.wards[thingID]
                ?? locations.lazy.compactMap { location in
                    [location["name"], location["description"]].compactMap(Self.text).lazy.compactMap(wardNames.code(in:)).first
                }.first
                ?? wardNames.code(in: [thingName, Self.text(thing["description"]) ?? ""].joined(separator: " "))
            for datastream in (thing["Datastreams"] as? [[String: Any]]) ?? [] {
                guard let id = Self.text(datastream["@iot.id"]) else { continue }
                let unit = ((datastream["unitOfMeasurement"] as? [String: Any])?["symbol"]).flatMap(Self.text) ?? ""
                let fields: [String: Any] = ["datastream_id": id, "datastream": Self.text(datastream["name"]) ?? id,
                                             "thing_id": thingID, "thing": thingName,
                                             "property": Self.text(datastream["observationType"]) ?? ""]
                streams.append(Stream(id: id, fields: fields, unit: unit, ward: ward))
            }
        }

        var batch = Batch()
        var problems: [String] = []
        let since = now.addingTimeInterval(-Double(source.sinceHours) * 3600)
        for stream in streams.sorted(by: { $0.id < $1.id }) {
            guard let rawKey = source.seriesKey.render(stream.fields) else { continue }
            let key = TextSanitizer.clean(rawKey, maxCharacters: 200)
            let name = TextSanitizer.clean(source.name.render(stream.fields) ?? key, maxCharacters: 300)
            batch.seriesDefinitions.append(SeriesDefinition(
                key: key, pillar: source.pillar, name: name,
                nameEN: TextSanitizer.clean(source.nameEN.render(stream.fields) ?? name, maxCharacters: 300),
                unit: TextSanitizer.clean(stream.unit, maxCharacters: 40), wardCode: stream.ward))
            let after = state.newest[stream.id] ?? since
            let filter = "Datastream/id eq \(stream.id) and phenomenonTime gt \(Self.odataTime(after))"
            let observations = try await collection(
                url(path: "Observations", query: [("$filter", filter), ("$orderby", "phenomenonTime asc"),
                                                  ("$top", String(source.pageSize))]),
                maxBytes: maxBytes, deadline: deadline, started: started)
            let read = Self.observations(observations, seriesKey: key, name: name, now: now)
            batch.observations += read.observations
            problems += read.problems
            if let newest = read.newest, newest > after { state.newest[stream.id] = newest }
        }
        batch.cursor = try state.encoded()
        batch.rejected = LeftOut.note(problems, "observations left out")
        return batch
    }

    /// The observations of series `seriesKey` in a collection's items (numbers at their phenomenon times), why any
    /// was left out, and the newest time read.
    package static func observations(_ items: [[String: Any]], seriesKey: String, name: String, now: Date)
        -> (observations: [Observation], problems: [String], newest: Date?) {
        let times = RecordTimeParser()
        var observations: [Observation] = []
        var problems: [String] = []
        var newest: Date?
        for (index, observation) in items.enumerated() {
            guard let time = phenomenonTime(observation["phenomenonTime"], times: times) else {
                problems.append("\(name): observation \(index) has no readable phenomenonTime"); continue
            }
            if let problem = RecordClock.aheadProblem("\(name): observation \(index)", time, now: now) {
                problems.append(problem)
                continue
            }
            guard let value = number(observation["result"]) else {
                problems.append("\(name): observation \(index) has a result that is not a number"); continue
            }
            observations.append(Observation(seriesKey: seriesKey, time: time, value: value))
            newest = max(newest ?? time, time)
        }
        return (observations, problems, newest)
    }

    /// One page of a collection: its items and its next link.
    package static func page(_ body: Data) throws -> (items: [[String: Any]], next: String?) {
        let json = try JSONBody.parse(body).json
        guard let page = json as? [String: Any], let value = page["value"] as? [Any] else {
            throw PollError.invalidResponse("expected a SensorThings collection ({\"value\": […]}), found "
                                            + RecordMapper.kind(of: json))
        }
        return (value.compactMap { $0 as? [String: Any] }, page["@iot.nextLink"] as? String)
    }

    /// Every item of a collection, following `@iot.nextLink` up to `maxPages` pages.
    private func collection(_ first: URL, maxBytes: Int, deadline: Double, started: Date) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var next: URL? = first
        var pages = 0
        while let url = next, pages < Self.maxPages {
            pages += 1
            let left = deadline - Date().timeIntervalSince(started)
            if left <= 0 { throw PollError.timeout(seconds: deadline) }
            let request = try HTTPRequests.get(url, accept: "application/json", headers: source.headers,
                                               environment: environment)
            let body = try await transport.fetch(request, maxBytes: maxBytes, timeout: left)
            try Task.checkCancellation()
            let page = try Self.page(body)
            items += page.items
            next = page.items.isEmpty ? nil : page.next.flatMap(followable)
        }
        return items
    }

    /// A next link as a URL to follow: raw spaces and `+` escaped (servers write them raw, and a raw `+` would be read
    /// as a space), and only on the service root's own scheme, host and port.
    func followable(_ link: String) -> URL? {
        let escaped = link.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "+", with: "%2B")
        guard let url = URL(string: escaped), URLOrigin.same(url, source.url) else { return nil }
        return url
    }

    /// A collection under the service root with OData query options (spaces as `%20`, `+` as `%2B`).
    func url(path: String, query: [(String, String)]) -> URL {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "+&=#")
        let encoded = query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }
            .joined(separator: "&")
        var components = URLComponents(url: source.url, resolvingAgainstBaseURL: false)
        let base = components?.percentEncodedPath ?? "/"
        components?.percentEncodedPath = (base.hasSuffix("/") ? base : base + "/") + path
        components?.percentEncodedQuery = encoded
        return components?.url ?? source.url
    }

    /// An OData datetime literal (unquoted, UTC), with milliseconds only when the time has them.
    static func odataTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        if date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) != 0 {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        }
        return formatter.string(from: date)
    }

    /// A phenomenon time, or the end of an interval (`start/end`).
    static func phenomenonTime(_ value: Any?, times: RecordTimeParser) -> Date? {
        guard let text = value as? String else { return nil }
        let end = text.split(separator: "/").last.map(String.init) ?? text
        return times.date(from: end)
    }

    static func number(_ value: Any?) -> Double? {
        if let number = value as? NSNumber, String(cString: number.objCType) != "c" {
            return number.doubleValue.isFinite ? number.doubleValue : nil
        }
        guard let text = value as? String else { return nil }
        return RecordNumbers.json.read(text)
    }

    static func text(_ value: Any?) -> String? {
        value.flatMap(JSONScalarText.text).map { TextSanitizer.clean($0, maxCharacters: 200) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
