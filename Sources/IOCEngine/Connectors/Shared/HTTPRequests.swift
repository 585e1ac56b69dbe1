import Foundation
import IOCConfig

/// The GET request every HTTP kind sends: the URL, what it accepts, and the configured headers with each secret
/// reference (`${NAME}`, `${file:/path}`) expanded at the poll, so a key changed on disk is used at once and a
/// missing one fails that poll, naming the header.
enum HTTPRequests {
    static func get(_ url: URL, accept: String, headers: [String: String],
                    environment: [String: String]) throws -> HTTPRequest {
        var request = HTTPRequest(url: url, headers: [("Accept", accept)])
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            switch SecretText.expand(value, environment: environment) {
            case .success(let text):
                // A secret read from a file or the environment must not smuggle a second header in.
                if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                    throw PollError.transport("the value for header \(name) holds a control character")
                }
                request.headers.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
                request.headers.append((name, text))
            case .failure(let error): throw PollError.transport("\(error.message) (header \(name))")
            }
        }
        return request
    }

    /// `value` as a query parameter value: `+` (in time offsets), `&`, `=` and `;` escaped, since form decoding
    /// reads a bare `+` as a space.
    static func queryValue(_ value: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "+&=;#")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// `url` with `parameters` appended to its query (kept in order, values escaped by `queryValue`).
    static func url(_ url: URL, adding parameters: [(String, String)]) -> URL {
        guard !parameters.isEmpty, var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return url
        }
        let added = parameters.map { "\(queryValue($0.0))=\(queryValue($0.1))" }.joined(separator: "&")
        components.percentEncodedQuery = components.percentEncodedQuery.map { $0.isEmpty ? added : $0 + "&" + added }
            ?? added
        return components.url ?? url
    }
}
