import Foundation

extension URL {
    /// The URL without its query, fragment and credentials: how a source's address is shown (the sources screen, an
    /// error), since a query may carry a key.
    public var withoutSecrets: String {
        var components = URLComponents(url: self, resolvingAgainstBaseURL: false)
        components?.query = nil; components?.fragment = nil; components?.user = nil; components?.password = nil
        return components?.string ?? path
    }
}
