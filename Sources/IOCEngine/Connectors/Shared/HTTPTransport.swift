import CCurl
import Foundation
import IOCConfig
import IOCDomain

/// How every HTTP kind fetches a body (Decision 56): libcurl, one transfer at a time per request, within a byte
/// limit and a whole-fetch deadline, with the source's TLS policy, following at most `maxRedirects` redirects itself
/// so that a loop is named, and a source's headers (its API key) and its TLS policy (an opt-out, its own CA) apply
/// to its own origin only.
final class HTTPTransport: Sendable {
    /// Redirects followed before the fetch fails.
    static let maxRedirects = 5

    private let tls: TLSPolicy

    init(tls: TLSPolicy = .verify) {
        self.tls = tls
    }

    /// The body of a 2xx answer to `request`, or a `PollError`; throws `CancellationError` when the task is cancelled.
    func fetch(_ request: HTTPRequest, maxBytes: Int, timeout: Double) async throws -> Data {
        let deadline = ContinuousClock.now + .milliseconds(Int64(max(0, timeout) * 1000))
        let origin = request.url
        var request = request
        var visited = [request.url.absoluteString]
        while true {
            try Task.checkCancellation()
            let left = deadline - ContinuousClock.now
            guard left > .zero else { throw PollError.timeout(seconds: timeout) }
            // Another origin is checked against the system's authorities, whatever this source's own policy says.
            let policy = URLOrigin.same(origin, request.url) ? tls : .verify
            let answer = try await CurlTransfer.run(request, tls: policy, maxBytes: maxBytes, timeout: left,
                                                    wholeTimeout: timeout)
            let location: String
            switch answer {
            case .body(let data): return data
            case .redirect(let to): location = to
            }
            guard let next = URL(string: location, relativeTo: request.url)?.absoluteURL,
                  let scheme = next.scheme?.lowercased(), ["http", "https"].contains(scheme), next.host != nil
            else { throw PollError.transport("redirected to an address that is not http(s): \(TextSanitizer.clean(location, maxCharacters: 120))") }
            if request.url.scheme?.lowercased() == "https" && scheme == "http" {
                throw PollError.transport("redirected from https to plain http (\(Self.shown(next))); not followed")
            }
            if visited.contains(next.absoluteString) {
                throw PollError.transport("redirect loop: " + (visited + [next.absoluteString]).map { Self.shown(URL(string: $0)) }
                    .joined(separator: " → "))
            }
            visited.append(next.absoluteString)
            if visited.count > Self.maxRedirects + 1 {
                throw PollError.transport("more than \(Self.maxRedirects) redirects (last to \(Self.shown(next)))")
            }
            // The configured headers (API keys) go to the configured origin only.
            if !URLOrigin.same(origin, next) {
                request.headers.removeAll { $0.name.caseInsensitiveCompare("Accept") != .orderedSame }
            }
            request.url = next
        }
    }

    /// A URL as an error names it: scheme, host, port and path (no query, no credentials, no fragment), cleaned, short.
    static func shown(_ url: URL?) -> String {
        guard let url else { return "?" }
        return TextSanitizer.clean(url.withoutSecrets, maxCharacters: 120)
    }
}
