/// Where the audit trail is forwarded: a SOC collector taking syslog (RFC 5424, octet-counted) over TCP or TLS.
public struct AuditForwarding: Sendable, Hashable {
    public var host: String
    public var port: Int
    /// nil: plain TCP; else TLS with this certificate check (the system's authorities, or the SOC's own CA).
    public var tls: TLSPolicy?
    /// The HOSTNAME field; nil: the machine's name.
    public var hostname: String?
    /// The private enterprise number of the structured data's SD-ID (`ioc@N`).
    public var enterpriseNumber: Int

    public init(host: String, port: Int, tls: TLSPolicy?, hostname: String? = nil, enterpriseNumber: Int) {
        self.host = host; self.port = port; self.tls = tls; self.hostname = hostname; self.enterpriseNumber = enterpriseNumber
    }

    /// The collector's name in the store's forwarding cursor and on screen: `tcp://host:port` or `tls://host:port`.
    public var collector: String { "\(tls == nil ? "tcp" : "tls")://\(host.contains(":") ? "[\(host)]" : host):\(port)" }
}
