import Foundation

/// A GET request as a connector sends it: the URL and the headers in the order they are sent (secrets already
/// expanded, so it is never logged or stored).
struct HTTPRequest: Sendable {
    var url: URL
    var headers: [(name: String, value: String)]

    /// The value of header `name` (compared without regard to case), or nil.
    func value(forHTTPHeaderField name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
