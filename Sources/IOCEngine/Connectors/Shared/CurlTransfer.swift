import CCurl
import Foundation
import IOCConfig
import IOCDomain

/// One GET through a libcurl easy handle, on a thread of its own (libcurl's easy interface blocks): the body is
/// counted as it arrives and the transfer stops the moment it passes its limit, so a 50 MB answer is never held;
/// the deadline is libcurl's own (to the millisecond); cancellation is checked by libcurl's progress callback,
/// which it calls at least once a second even while a server says nothing.
final class CurlTransfer: @unchecked Sendable {
    /// What a transfer ended with: a 2xx body, or a redirect to follow (the caller follows it).
    enum Answer: Sendable {
        case body(Data)
        case redirect(String)
    }

    private let maxBytes: Int
    private let lock = NSLock()
    /// Guarded by `lock`: set from the task's cancellation handler, read by the progress callback.
    private var cancelled = false
    // Touched only on the transfer's thread.
    private var handle: UnsafeMutableRawPointer?
    private var body = Data()
    private var refusal: PollError?

    private init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// libcurl's process-wide set-up, done once before the first handle (`curl_global_init` is not thread-safe).
    /// With `CURLOPT_NOSIGNAL` libcurl leaves SIGPIPE to the program: a peer that closes a TLS connection while we
    /// write must fail that transfer, not kill the console, so SIGPIPE is ignored (every write then reports EPIPE).
    static let ready: Bool = {
        signal(SIGPIPE, SIG_IGN)
        return curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK
    }()

    /// The statuses that redirect; every other 3xx (a 304, a 300) is an answer this client cannot use.
    static let redirects: Set<Int> = [301, 302, 303, 307, 308]

    /// Fetches `request` once (no redirect followed) within `timeout`; `wholeTimeout` is the figure a timeout names.
    static func run(_ request: HTTPRequest, tls: TLSPolicy, maxBytes: Int, timeout: Duration,
                    wholeTimeout: Double) async throws -> Answer {
        guard ready else { throw PollError.transport("libcurl could not be initialised") }
        let transfer = CurlTransfer(maxBytes: maxBytes)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Answer, Error>) in
                let thread = Thread {
                    continuation.resume(with: transfer.perform(request, tls: tls, timeout: timeout,
                                                               wholeTimeout: wholeTimeout))
                }
                thread.stackSize = 512 * 1024
                thread.start()
            }
        } onCancel: {
            transfer.cancel()
        }
    }

    private func cancel() { lock.withLock { cancelled = true } }
    private var isCancelled: Bool { lock.withLock { cancelled } }

    private func perform(_ request: HTTPRequest, tls: TLSPolicy, timeout: Duration,
                         wholeTimeout: Double) -> Result<Answer, Error> {
        guard let easy = curl_easy_init() else { return .failure(PollError.transport("libcurl could not start a transfer")) }
        handle = easy
        var headers: UnsafeMutablePointer<curl_slist>?
        for header in request.headers {
            // "Name:" with nothing after it tells libcurl to remove the header; "Name;" sends it empty.
            headers = curl_slist_append(headers, header.value.isEmpty ? "\(header.name);" : "\(header.name): \(header.value)")
        }
        // No "Expect:" (a GET has no body to announce).
        headers = curl_slist_append(headers, "Expect:")
        // The handle goes first, then the list it points to.
        defer { curl_easy_cleanup(easy); handle = nil; curl_slist_free_all(headers) }
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let milliseconds = max(1, Int(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        let user = Unmanaged.passUnretained(self).toOpaque()
        // Every option that protects the transfer must take: a libcurl that refuses one fails the poll, closed.
        var refused: String?
        func set(_ code: CURLcode, _ what: String) {
            if code != CURLE_OK, refused == nil { refused = "\(what): \(String(cString: curl_easy_strerror(code)))" }
        }
        let code: CURLcode = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            request.url.absoluteString.withCString { url in
                set(ioc_curl_set_pointer(easy, CURLOPT_URL, url), "URL")
                set(ioc_curl_set_long(easy, CURLOPT_HTTPGET, 1), "GET")
                set(ioc_curl_set_pointer(easy, CURLOPT_HTTPHEADER, headers), "headers")
                set(ioc_curl_set_pointer(easy, CURLOPT_USERAGENT, "ioc (Intelligent Operations Center console)"), "user agent")
                set(ioc_curl_set_pointer(easy, CURLOPT_PROTOCOLS_STR, "http,https"), "protocols")
                set(ioc_curl_set_long(easy, CURLOPT_FOLLOWLOCATION, 0), "redirects")
                set(ioc_curl_set_long(easy, CURLOPT_NOSIGNAL, 1), "signals")
                set(ioc_curl_set_long(easy, CURLOPT_TIMEOUT_MS, milliseconds), "timeout")
                set(ioc_curl_set_offset(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes)), "size limit")
                // Compressed answers are unpacked as they come; the limit counts what they unpack to.
                set(ioc_curl_set_pointer(easy, CURLOPT_ACCEPT_ENCODING, ""), "encodings")
                set(ioc_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress), "error buffer")
                set(ioc_curl_set_write(easy) { data, size, count, user in
                    guard let data, let user else { return 0 }
                    return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().received(data, size * count)
                }, "write callback")
                set(ioc_curl_set_pointer(easy, CURLOPT_WRITEDATA, user), "write callback")
                set(ioc_curl_set_long(easy, CURLOPT_NOPROGRESS, 0), "progress callback")
                set(ioc_curl_set_progress(easy) { user, _, _, _, _ in
                    guard let user else { return 0 }
                    return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().isCancelled ? 1 : 0
                }, "progress callback")
                set(ioc_curl_set_pointer(easy, CURLOPT_XFERINFODATA, user), "progress callback")
                CurlTLSOptions.apply(tls, to: easy, set)
                guard refused == nil else { return CURLE_FAILED_INIT }
                let code = curl_easy_perform(easy)
                // The buffer goes when this closure ends; the handle must not keep pointing at it.
                _ = ioc_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, nil)
                return code
            }
        }
        if let refused { return .failure(PollError.transport("libcurl refused an option (\(refused))")) }
        if isCancelled { return .failure(CancellationError()) }
        let status = self.status(easy)
        if Self.redirects.contains(status) {
            var location: UnsafeMutablePointer<CChar>?
            guard ioc_curl_get_string(easy, CURLINFO_REDIRECT_URL, &location) == CURLE_OK, let location else {
                return .failure(PollError.transport("HTTP \(status) redirect without a Location"))
            }
            return .success(.redirect(String(cString: location)))
        }
        if let refusal { return .failure(refusal) }
        if code != CURLE_OK {
            let detail = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(Self.pollError(code, detail: detail, maxBytes: maxBytes, timeout: wholeTimeout))
        }
        guard (200...299).contains(status) else { return .failure(PollError.httpStatus(status)) }
        return .success(.body(body))
    }

    private func status(_ easy: UnsafeMutableRawPointer) -> Int {
        var code = 0
        _ = ioc_curl_get_long(easy, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    /// libcurl's write callback: keeps a 2xx body up to the limit. Returning less than `count` stops the transfer.
    private func received(_ data: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
        if body.isEmpty, let handle {
            let status = self.status(handle)
            // A redirect's or an error's body is not wanted: the transfer stops at its first byte (a redirect is
            // then followed from its Location, read before the body).
            guard (200...299).contains(status) else {
                if !Self.redirects.contains(status) { refusal = .httpStatus(status) }
                return 0
            }
        }
        guard body.count + count <= maxBytes else {
            refusal = .responseTooLarge(limit: maxBytes)
            return 0
        }
        data.withMemoryRebound(to: UInt8.self, capacity: count) { body.append($0, count: count) }
        return count
    }

    /// A libcurl failure in words an operator can act on.
    static func pollError(_ code: CURLcode, detail: String, maxBytes: Int, timeout: Double) -> PollError {
        let detail = TextSanitizer.clean(detail, maxCharacters: 160)
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return .timeout(seconds: timeout)
        case CURLE_FILESIZE_EXCEEDED: return .responseTooLarge(limit: maxBytes)
        case CURLE_COULDNT_CONNECT: return .transport("connection refused")
        case CURLE_COULDNT_RESOLVE_HOST: return .transport("host not found")
        case CURLE_GOT_NOTHING: return .transport("the server closed the connection without answering")
        case CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_SEND_ERROR:
            return .transport("connection lost mid-answer (\(detail))")
        case CURLE_PEER_FAILED_VERIFICATION:
            return .transport("TLS certificate not trusted (\(detail))")
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE:
            return .transport("TLS failed (\(detail))")
        case CURLE_UNSUPPORTED_PROTOCOL: return .transport("not an http(s) address (\(detail))")
        case CURLE_BAD_CONTENT_ENCODING: return .invalidResponse("the compressed body cannot be unpacked (\(detail))")
        default: return .transport(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        }
    }
}
