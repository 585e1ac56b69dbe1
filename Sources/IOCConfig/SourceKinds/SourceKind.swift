import Foundation
import IOCDomain
import Yams

/// What kind of system a source is, with the fields that kind needs: one case per connector kind. A new kind adds a
/// case here, its fields in a file of this folder, its connector in `IOCEngine/Connectors/<Kind>/` and a line in
/// `ConnectorFactory`; the sources file's common keys, schedule and limits are the same for every kind.
public enum SourceKind: Sendable, Hashable {
    /// A department's JSON over HTTP, mapped to observations or events (`http-json`).
    case httpJSON(HTTPJSONSource)
    /// The IOC's own servers and networks in the Prometheus text format (`prometheus`).
    case prometheus(PrometheusSource)
    /// A drop folder of CSV files exported by a department (`csv-folder`).
    case csvFolder(CSVFolderSource)
    /// Citizen feedback over Open311 GeoReport v2 (`open311`).
    case open311(Open311Source)
    /// Stations over the OGC SensorThings API 1.1 (`sensorthings`).
    case sensorThings(SensorThingsSource)
    /// Emergency alerts in CAP 1.2 from a feed, a URL or a drop folder (`cap`).
    case cap(CAPSource)
    /// The simulated city (the `simulator:` block of the sources file, or the default when there are no sources).
    case simulator(SimulatorSource)

    /// The kinds a source under `sources:` may name, with the keys each adds to the common ones.
    static let readable: [(name: String, keys: [String])] = [
        ("http-json", HTTPJSONSource.keys),
        ("csv-folder", CSVFolderSource.keys),
        ("prometheus", PrometheusSource.keys),
        ("open311", Open311Source.keys),
        ("sensorthings", SensorThingsSource.keys),
        ("cap", CAPSource.keys),
    ]

    /// The kind's name as the sources file and the sources panel spell it.
    public var name: String {
        switch self {
        case .httpJSON: return "http-json"
        case .csvFolder: return "csv-folder"
        case .prometheus: return "prometheus"
        case .open311: return "open311"
        case .sensorThings: return "sensorthings"
        case .cap: return "cap"
        case .simulator: return "simulator"
        }
    }

    /// The keys a source of kind `name` may have beyond the common ones, or nil for a kind not readable there.
    static func keys(of name: String) -> [String]? {
        readable.first { $0.name == name }?.keys
    }

    /// Reads the kind's own fields of source `key`; nil when they are wrong (each error is on the reader).
    static func read(_ name: String, fields: [String: Node], node: Node, key: String, reader: ConfigReader) -> SourceKind? {
        switch name {
        case "http-json": return HTTPJSONSource.read(fields, node: node, key: key, reader: reader).map { .httpJSON($0) }
        case "csv-folder": return CSVFolderSource.read(fields, node: node, key: key, reader: reader).map { .csvFolder($0) }
        case "prometheus": return PrometheusSource.read(fields, node: node, key: key, reader: reader).map { .prometheus($0) }
        case "open311": return Open311Source.read(fields, node: node, key: key, reader: reader).map { .open311($0) }
        case "sensorthings":
            return SensorThingsSource.read(fields, node: node, key: key, reader: reader).map { .sensorThings($0) }
        case "cap": return CAPSource.read(fields, node: node, key: key, reader: reader).map { .cap($0) }
        default: return nil
        }
    }
}

extension SourceKind {
    /// Where a source that polls over HTTP is fetched from and how its certificate is checked; nil for a folder or
    /// the simulator.
    public var network: (url: URL, tls: TLSPolicy)? {
        switch self {
        case .httpJSON(let source): return (source.url, source.tls)
        case .prometheus(let source): return (source.url, source.tls)
        case .open311(let source): return (source.url, source.tls)
        case .sensorThings(let source): return (source.url, source.tls)
        case .cap(let source):
            if case .url(let url, _) = source.origin { return (url, source.tls) }
            return nil
        case .csvFolder, .simulator: return nil
        }
    }

    /// How the source's connection is protected (the sources screen's column), nil when it has none.
    public var transportSecurity: TransportSecurity? {
        guard let (url, tls) = network else { return nil }
        guard url.scheme?.lowercased() == "https" else { return .plain }
        switch tls {
        case .verify: return .verified
        case .verifyWith: return .customAuthority
        case .skipVerification: return .unverified
        }
    }

    /// The source's address as the sources screen shows it: scheme, host, port and path of its URL (no query, no
    /// credentials), or its folder; nil for the simulator.
    public var endpoint: String? {
        if let (url, _) = network {
            return url.withoutSecrets
        }
        switch self {
        case .csvFolder(let source): return source.folder
        case .cap(let source):
            if case .folder(let folder, _) = source.origin { return folder }
            return nil
        default: return nil
        }
    }
}
