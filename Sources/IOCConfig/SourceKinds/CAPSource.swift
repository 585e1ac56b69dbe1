import Foundation
import IOCDomain
import Yams

/// Emergency alerts in CAP 1.2: from a URL (an Atom or RSS feed that links or holds messages, or one message) or from
/// a drop folder of `.xml` messages.
///
/// ```yaml
///     kind: cap
///     url: "https://canhbao.example.vn/cap/feed.atom"   # or: folder: /srv/ioc/drop/cap (with settle: 10s)
/// ```
public struct CAPSource: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        case url(URL, headers: [String: String])
        case folder(String, settle: Double)
    }

    public var origin: Origin
    /// How the server's certificate is checked (a https url only).
    public var tls: TLSPolicy = .verify
    /// Where the wards are, for areas given only as a polygon or a circle (`ward_centroids:`, a CSV file).
    public var wardCentroids: [WardCentroid] = []

    public init(origin: Origin) { self.origin = origin }

    static let keys = ["url", "headers", "folder", "settle", "ward_centroids"] + TLSPolicy.keys

    /// The centroids of the file `ward_centroids` names; every mistake in it named with its own file and line.
    static func readCentroids(_ f: [String: Node], key: String, reader: ConfigReader) -> [WardCentroid] {
        guard let node = f["ward_centroids"], let path = reader.string(node, key: "\(key).ward_centroids") else { return [] }
        guard path.hasPrefix("/") else {
            reader.fail(node, "\(key).ward_centroids", "the centroids file '\(path)' must be an absolute path")
            return []
        }
        switch WardCentroidsFile.load(path: path) {
        case .success(let centroids): return centroids
        case .failure(let errors):
            for error in errors.errors.prefix(10) { reader.fail(node, "\(key).ward_centroids", error.description) }
            return []
        }
    }

    static func read(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> CAPSource? {
        let errorsBefore = reader.errors.count
        switch (f["url"], f["folder"]) {
        case (.some, .some):
            reader.fail(f["folder"], "\(key).folder", "a cap source reads a url or a folder, not both")
            return nil
        case (nil, .some(let folderNode)):
            if let headers = f["headers"] { reader.fail(headers, "\(key).headers", "headers go with a url, not a folder") }
            for name in TLSPolicy.keys where f[name] != nil {
                reader.fail(f[name], "\(key).\(name)", "\(name) goes with a url, not a folder")
            }
            let folder = reader.string(folderNode, key: "\(key).folder")
            let settle = f["settle"].map { reader.value($0, key: "\(key).settle", ValueSyntax.duration) } ?? 10
            let centroids = readCentroids(f, key: key, reader: reader)
            guard reader.errors.count == errorsBefore, let folder, let settle else { return nil }
            var source = CAPSource(origin: .folder(folder, settle: settle))
            source.wardCentroids = centroids
            return source
        default:
            if let settle = f["settle"] { reader.fail(settle, "\(key).settle", "settle goes with a folder, not a url") }
            let http = HTTPJSONSource.readURLAndHeaders(f, node: node, key: key, reader: reader)
            let centroids = readCentroids(f, key: key, reader: reader)
            guard reader.errors.count == errorsBefore, let (url, headers, tls) = http else { return nil }
            var source = CAPSource(origin: .url(url, headers: headers))
            source.tls = tls
            source.wardCentroids = centroids
            return source
        }
    }
}
