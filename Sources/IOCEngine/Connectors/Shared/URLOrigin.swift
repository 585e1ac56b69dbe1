import Foundation

/// Whether two URLs share an origin (scheme, host, port; case-insensitive, default ports filled in): the one rule for
/// what a source may follow with its headers and its TLS policy (redirects, CAP feed links, SensorThings next links).
enum URLOrigin {
    static func same(_ a: URL, _ b: URL) -> Bool {
        a.scheme?.lowercased() == b.scheme?.lowercased() && a.host?.lowercased() == b.host?.lowercased()
            && port(a) == port(b)
    }

    private static func port(_ url: URL) -> Int? {
        url.port ?? (url.scheme?.lowercased() == "https" ? 443 : url.scheme?.lowercased() == "http" ? 80 : nil)
    }
}

