import CCurl
import IOCConfig

/// The one place a `TLSPolicy` becomes libcurl options, for the HTTP sources and the SOC forwarder alike.
enum CurlTLSOptions {
    /// Sets the certificate checks of `tls` on `easy`; each option's result goes to `set` (which fails the caller
    /// closed on the first one libcurl refuses).
    static func apply(_ tls: TLSPolicy, to easy: UnsafeMutableRawPointer, _ set: (CURLcode, String) -> Void) {
        switch tls {
        case .verify:
            set(ioc_curl_set_long(easy, CURLOPT_SSL_VERIFYPEER, 1), "TLS verification")
            set(ioc_curl_set_long(easy, CURLOPT_SSL_VERIFYHOST, 2), "TLS host check")
        case .verifyWith(let caFile):
            set(ioc_curl_set_long(easy, CURLOPT_SSL_VERIFYPEER, 1), "TLS verification")
            set(ioc_curl_set_long(easy, CURLOPT_SSL_VERIFYHOST, 2), "TLS host check")
            set(caFile.withCString { ioc_curl_set_pointer(easy, CURLOPT_CAINFO, $0) }, "CA file")
            // Only that file: not also the system's folder of authorities (Debian's libcurl has one built in).
            set(ioc_curl_set_pointer(easy, CURLOPT_CAPATH, nil), "CA folder")
        case .skipVerification:
            set(ioc_curl_set_long(easy, CURLOPT_SSL_VERIFYPEER, 0), "TLS verification")
            set(ioc_curl_set_long(easy, CURLOPT_SSL_VERIFYHOST, 0), "TLS host check")
        }
    }
}
