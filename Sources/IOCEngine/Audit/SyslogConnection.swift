import CCurl
import Foundation
import IOCConfig

/// One TCP or TLS connection to a syslog collector, opened by libcurl (`CURLOPT_CONNECT_ONLY`: the TLS handshake and
/// certificate checks of the HTTP sources, `CurlTLSOptions`), written with `curl_easy_send`. The collector never
/// answers, so what it received is learnt from the socket: bytes are delivered once its TCP stack acknowledged them
/// all (`SIOCOUTQ` empty) and it did not then reset the connection (a reset means it closed with bytes unread).
final class SyslogConnection {
    private let easy: UnsafeMutableRawPointer
    private let socket: Int32

    /// Connects to `forwarding`'s collector within `timeout` seconds; throws `SyslogFailure` naming what failed.
    init(_ forwarding: AuditForwarding, timeout: Double) throws {
        guard CurlTransfer.ready, let easy = curl_easy_init() else { throw SyslogFailure("libcurl could not start a connection") }
        var refused: String?
        func set(_ code: CURLcode, _ what: String) {
            if code != CURLE_OK, refused == nil { refused = "\(what): \(String(cString: curl_easy_strerror(code)))" }
        }
        let host = forwarding.host.contains(":") ? "[\(forwarding.host)]" : forwarding.host
        // The scheme picks plain TCP or TLS; with CONNECT_ONLY libcurl connects (and shakes hands) and sends nothing.
        let url = "\(forwarding.tls == nil ? "http" : "https")://\(host):\(forwarding.port)/"
        var errorText = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = errorText.withUnsafeMutableBufferPointer { errorBuffer in
            url.withCString { set(ioc_curl_set_pointer(easy, CURLOPT_URL, $0), "URL") }
            set(ioc_curl_set_long(easy, CURLOPT_CONNECT_ONLY, 1), "connect only")
            set(ioc_curl_set_pointer(easy, CURLOPT_PROTOCOLS_STR, "http,https"), "protocols")
            set(ioc_curl_set_long(easy, CURLOPT_NOSIGNAL, 1), "signals")
            // Straight to the collector, never through a proxy from the environment: a proxy's acknowledgement would
            // count as the SOC's.
            set(ioc_curl_set_pointer(easy, CURLOPT_PROXY, ""), "no proxy")
            set(ioc_curl_set_pointer(easy, CURLOPT_NOPROXY, "*"), "no proxy")
            set(ioc_curl_set_long(easy, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int(timeout * 1000))), "timeout")
            set(ioc_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer.baseAddress), "error buffer")
            if let tls = forwarding.tls { CurlTLSOptions.apply(tls, to: easy, set) }
            guard refused == nil else { return CURLE_FAILED_INIT }
            let code = curl_easy_perform(easy)
            _ = ioc_curl_set_pointer(easy, CURLOPT_ERRORBUFFER, nil)
            return code
        }
        var fd = curl_socket_t(-1)
        if refused == nil, code == CURLE_OK, ioc_curl_get_socket(easy, &fd) == CURLE_OK, fd >= 0 {
            self.easy = easy
            self.socket = Int32(fd)
            return
        }
        curl_easy_cleanup(easy)
        if let refused { throw SyslogFailure("libcurl refused an option (\(refused))") }
        let detail = String(cString: errorText)
        throw SyslogFailure(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
    }

    deinit { curl_easy_cleanup(easy) }

    /// What the collector has done, read through libcurl (so a TLS collector's own records — a TLS 1.3 session
    /// ticket — are consumed by TLS, not mistaken for the end): after waiting up to `wait` milliseconds for it.
    enum PeerState { case open, closed, reset }

    func peerState(wait milliseconds: Int32 = 0) -> PeerState {
        if milliseconds > 0 { _ = ioc_socket_wait_readable(socket, milliseconds) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var n = 0
            let code = curl_easy_recv(easy, &buffer, buffer.count, &n)
            if code == CURLE_AGAIN { return .open }
            // A collector sends nothing we use: what it sends is read and dropped; an orderly end is a close.
            if code == CURLE_OK { if n == 0 { return .closed } else { continue } }
            return code == CURLE_RECV_ERROR ? .reset : .closed
        }
    }

    /// Whether the collector is still there: false when it closed the connection or reset it (then reconnect).
    var isOpen: Bool { peerState() == .open }

    /// Sends `data` whole within `timeout` seconds, then waits (within the same time) until the collector's TCP stack
    /// acknowledged every byte and checks it did not reset the connection; throws when any of it fails (then the
    /// bytes may not have arrived and are sent again on a new connection).
    func deliver(_ data: Data, timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var sent = 0
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            while sent < bytes.count {
                var n = 0
                let code = curl_easy_send(easy, bytes.baseAddress! + sent, bytes.count - sent, &n)
                sent += n
                if code == CURLE_AGAIN {
                    let left = deadline.timeIntervalSinceNow
                    guard left > 0 else { throw SyslogFailure("the collector took no data for \(Int(timeout)) s") }
                    _ = ioc_socket_wait_writable(socket, Int32(min(left, 1) * 1000))
                } else if code != CURLE_OK {
                    throw SyslogFailure("sending failed: \(String(cString: curl_easy_strerror(code)))")
                }
            }
        }
        while true {
            let unacknowledged = ioc_socket_unacknowledged(socket)
            guard unacknowledged >= 0 else { throw SyslogFailure("cannot read the socket's send queue (errno \(errno))") }
            if unacknowledged == 0 { break }
            guard deadline.timeIntervalSinceNow > 0 else {
                throw SyslogFailure("the collector did not acknowledge \(unacknowledged) bytes within \(Int(timeout)) s")
            }
            // Nothing to wait on but time: the acknowledgement comes within a round trip on a live link.
            switch peerState(wait: 5) {
            case .open: continue
            case .reset: throw SyslogFailure("the collector reset the connection")
            case .closed: throw SyslogFailure("the collector closed the connection with \(unacknowledged) bytes not acknowledged")
            }
        }
        // A collector that closed with our bytes unread resets the connection: give the reset a moment to arrive.
        if peerState(wait: 20) == .reset { throw SyslogFailure("the collector reset the connection") }
    }
}
