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

    public init(origin: Origin) { self.origin = origin }

    static let keys = ["url", "headers", "folder", "settle"] + TLSPolicy.keys

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
            guard reader.errors.count == errorsBefore, let folder, let settle else { return nil }
            return CAPSource(origin: .folder(folder, settle: settle))
        default:
            if let settle = f["settle"] { reader.fail(settle, "\(key).settle", "settle goes with a folder, not a url") }
            let http = HTTPJSONSource.readURLAndHeaders(f, node: node, key: key, reader: reader)
            guard reader.errors.count == errorsBefore, let (url, headers, tls) = http else { return nil }
            var source = CAPSource(origin: .url(url, headers: headers))
            source.tls = tls
            return source
        }
    }
}
