import CCurl
import Foundation
import IOCConfig
import IOCDomain

/// How every HTTP kind fetches a body (Decision 56): libcurl, one transfer at a time per request, within a byte
/// limit and a whole-fetch deadline, with the source's TLS policy, following at most `maxRedirects` redirects itself
/// so that a loop is named and a source's headers (its API key) never go to another host.
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
        var request = request
        var visited = [request.url.absoluteString]
        while true {
            try Task.checkCancellation()
            let left = deadline - ContinuousClock.now
            guard left > .zero else { throw PollError.timeout(seconds: timeout) }
            let answer = try await CurlTransfer.run(request, tls: tls, maxBytes: maxBytes, timeout: left,
                                                    wholeTimeout: timeout)
            guard case .redirect(let location) = answer else {
                guard case .body(let data) = answer else { preconditionFailure("an answer is a body or a redirect") }
                return data
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
            if !Self.sameOrigin(request.url, next) {
                request.headers.removeAll { $0.name.caseInsensitiveCompare("Accept") != .orderedSame }
            }
            request.url = next
        }
    }

    static func sameOrigin(_ a: URL, _ b: URL) -> Bool {
        a.scheme?.lowercased() == b.scheme?.lowercased() && a.host?.lowercased() == b.host?.lowercased()
            && (a.port ?? defaultPort(a)) == (b.port ?? defaultPort(b))
    }

    private static func defaultPort(_ url: URL) -> Int { url.scheme?.lowercased() == "https" ? 443 : 80 }

    /// A URL as an error names it: its path (and host when not loopback), cleaned, short.
    static func shown(_ url: URL?) -> String {
        guard let url else { return "?" }
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil; components?.user = nil; components?.password = nil
        return TextSanitizer.clean(components?.string ?? url.path, maxCharacters: 120)
    }
}
