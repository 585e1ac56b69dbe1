import Foundation
import IOCDomain
import Yams

/// Stations that speak the OGC SensorThings API 1.1 (air quality, flood gauges, traffic counters): every
/// Datastream of every Thing becomes a series, and every Observation since the last poll a value of it.
///
/// ```yaml
///     kind: sensorthings
///     url: "https://iot.example.vn/sensorthings/v1.1/"   # the service root (Things, Datastreams, … below it)
///     page_size: 100            # $top of each request (servers cap it; 100 is the common limit)
///     since_hours: 24           # how far back the first poll reads
///     pillar: public_order      # the panels' pillar for the series
///     series_key: "sta.{datastream_id}"      # a template over datastream_id, datastream, thing_id, thing, property
///     series_name: "{datastream}"             # series_name_en optional
///     wards: { "Trạm Lạch Tray": "11311" }    # a Thing (by name or id) → ward code; else its Location's name
/// ```
public struct SensorThingsSource: Sendable, Hashable {
    public var url: URL
    public var headers: [String: String]
    /// How the server's certificate is checked (https only).
    public var tls: TLSPolicy = .verify
    public var pageSize: Int
    public var sinceHours: Int
    public var pillar: Pillar
    public var seriesKey: TextTemplate
    public var name: TextTemplate
    public var nameEN: TextTemplate
    /// A Thing's name or id → ward code, for Things whose Location does not name their ward.
    public var wards: [String: String]

    public init(url: URL, headers: [String: String] = [:], pageSize: Int = 100, sinceHours: Int = 24,
                pillar: Pillar = .publicOrder, seriesKey: TextTemplate = TextTemplate("sta.{datastream_id}")!,
                name: TextTemplate = TextTemplate("{datastream}")!, nameEN: TextTemplate? = nil,
                wards: [String: String] = [:]) {
        self.url = url; self.headers = headers; self.pageSize = pageSize; self.sinceHours = sinceHours
        self.pillar = pillar; self.seriesKey = seriesKey; self.name = name; self.nameEN = nameEN ?? name
        self.wards = wards
    }

    static let keys = ["url", "headers", "page_size", "since_hours", "pillar", "series_key", "series_name", "series_name_en",
                       "wards"] + TLSPolicy.keys

    static func read(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> SensorThingsSource? {
        let errorsBefore = reader.errors.count
        let http = HTTPJSONSource.readURLAndHeaders(f, node: node, key: key, reader: reader)
        let pageSize = f["page_size"].flatMap { reader.int($0, key: "\(key).page_size", range: 1...1000) } ?? 100
        let sinceHours = f["since_hours"].flatMap { reader.int($0, key: "\(key).since_hours", range: 1...8760) } ?? 24
        let pillar = f["pillar"].flatMap { reader.choice($0, key: "\(key).pillar", as: Pillar.self) } ?? .publicOrder
        let template = { (name: String) in f[name].flatMap { reader.value($0, key: "\(key).\(name)", SourceMappingFile.template) } }
        var wards: [String: String] = [:]
        if let wardsNode = f["wards"], let entries = reader.mapping(wardsNode, key: "\(key).wards", allowed: nil) {
            for entry in entries {
                if let code = reader.string(entry.value, key: "\(key).wards.\(entry.name)") { wards[entry.name] = code }
            }
        }
        let seriesKey = template("series_key"), name = template("series_name"), nameEN = template("series_name_en")
        guard reader.errors.count == errorsBefore, let (url, headers, tls) = http else { return nil }
        var source = SensorThingsSource(url: url, headers: headers, pageSize: pageSize, sinceHours: sinceHours, pillar: pillar,
                                  seriesKey: seriesKey ?? TextTemplate("sta.{datastream_id}")!,
                                  name: name ?? TextTemplate("{datastream}")!, nameEN: nameEN, wards: wards)
        source.tls = tls
        return source
    }
}
