import Foundation
import IOCDomain
import Yams

/// Reads `security.yaml`:
///
/// ```yaml
/// restricted_domains: [feedback]          # seen only by accounts granted them (ioc operators grant --domains)
/// audit_forwarding:
///   collector: tls://soc.congan.haiphong.gov.vn:6514   # tcp://HOST:PORT or tls://HOST:PORT
///   tls_ca_file: /etc/ioc/soc-ca.pem      # tls:// only; default: the system's trusted authorities
///   hostname: ioc-haiphong                # optional: the syslog HOSTNAME (default: this machine's name)
///   enterprise_number: 32473              # optional: the SD-ID's number, ioc@N (your organisation's PEN)
/// ```
/// Errors are located (`file:line: key: message`); unknown keys are errors.
public enum SecurityFile {
    public static func load(path: String) throws(ConfigErrors) -> SecurityConfig {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> SecurityConfig {
        let reader = ConfigReader(file: file)
        var config = SecurityConfig()
        if let root = reader.root(text), let top = reader.fields(root, key: "", allowed: ["restricted_domains", "audit_forwarding"]) {
            if let node = top["restricted_domains"], let items = reader.sequence(node, key: "restricted_domains", nonEmpty: false) {
                for item in items {
                    if let p = reader.choice(item, key: "restricted_domains", as: Pillar.self) { config.restrictedDomains.insert(p) }
                }
            }
            if let node = top["audit_forwarding"] { config.forwarding = forwarding(node, reader: reader) }
        }
        try reader.throwIfFailed()
        return config
    }

    private static func forwarding(_ node: Node, reader: ConfigReader) -> AuditForwarding? {
        let key = "audit_forwarding"
        guard let f = reader.fields(node, key: key, allowed: ["collector", "tls_ca_file", "tls_verify", "hostname", "enterprise_number"],
                                    required: ["collector"]),
              let collectorNode = f["collector"], let text = reader.string(collectorNode, key: "\(key).collector") else { return nil }
        let errorsBefore = reader.errors.count
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(), ["tcp", "tls"].contains(scheme),
              let host = url.host, !host.isEmpty, let port = url.port, (1...65535).contains(port),
              url.path.isEmpty || url.path == "/", url.query == nil, url.user == nil else {
            reader.fail(collectorNode, "\(key).collector", "expected tcp://HOST:PORT or tls://HOST:PORT, found '\(text)'")
            return nil
        }
        // The TLS keys mean what they mean for an https:// source: read by the same rule.
        var tls: TLSPolicy?
        if scheme == "tls" {
            tls = TLSPolicy.read(f, url: nil, key: key, reader: reader)
        } else {
            for name in TLSPolicy.keys where f[name] != nil {
                reader.fail(f[name], "\(key).\(name)", "applies to tls:// collectors only; this one is tcp://")
            }
        }
        let hostname = f["hostname"].flatMap { reader.string($0, key: "\(key).hostname") }
        if let hostname, hostname.count > 255 || hostname.unicodeScalars.contains(where: { $0.value < 33 || $0.value > 126 }) {
            reader.fail(f["hostname"], "\(key).hostname", "printable ASCII without spaces, at most 255 characters")
        }
        let number = f["enterprise_number"].flatMap { reader.int($0, key: "\(key).enterprise_number", range: 1...2_147_483_647) }
        guard reader.errors.count == errorsBefore else { return nil }
        return AuditForwarding(host: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port,
                               tls: scheme == "tls" ? (tls ?? .verify) : nil, hostname: hostname,
                               enterpriseNumber: number ?? SyslogMessage.exampleEnterpriseNumber)
    }
}
