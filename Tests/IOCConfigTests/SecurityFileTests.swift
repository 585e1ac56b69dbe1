import IOCConfig
import IOCDomain
import XCTest

/// `security.yaml`: restricted domains and the SOC collector, every error located.
final class SecurityFileTests: XCTestCase {
    private func errors(_ text: String) -> String {
        do { _ = try SecurityFile.parse(text, file: "security.yaml"); return "" } catch { return error.errors.map(\.description).joined(separator: "\n") }
    }

    func testAWholeFile() throws {
        let ca = FileManager.default.temporaryDirectory.appendingPathComponent("soc-ca-\(UUID().uuidString).pem").path
        try "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".write(toFile: ca, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: ca) }
        let c = try SecurityFile.parse("""
            restricted_domains: [feedback, public_order]
            audit_forwarding:
              collector: tls://soc.example.vn:6514
              tls_ca_file: \(ca)
              hostname: ioc-haiphong
              enterprise_number: 12345
            """, file: "security.yaml")
        XCTAssertEqual(c.restrictedDomains, [.feedback, .publicOrder])
        XCTAssertEqual(c.forwarding, AuditForwarding(host: "soc.example.vn", port: 6514, tls: .verifyWith(caFile: ca),
                                                     hostname: "ioc-haiphong", enterpriseNumber: 12345))
        XCTAssertEqual(c.forwarding?.collector, "tls://soc.example.vn:6514")
        let plain = try SecurityFile.parse("audit_forwarding:\n  collector: tcp://127.0.0.1:514\n", file: "f")
        XCTAssertEqual(plain.forwarding, AuditForwarding(host: "127.0.0.1", port: 514, tls: nil, enterpriseNumber: 32473))
        XCTAssertEqual(try SecurityFile.parse("audit_forwarding:\n  collector: tls://h:6514\n", file: "f").forwarding?.tls, .verify,
                       "TLS is checked against the system's authorities by default")
        XCTAssertEqual(try SecurityFile.parse("restricted_domains: []\n", file: "f"), .none)
    }

    func testErrorsAreLocatedAndNamed() {
        let table: [(String, String)] = [
            ("audit_forwarding:\n  collector: udp://h:514\n", "security.yaml:2: audit_forwarding.collector: expected tcp://HOST:PORT or tls://HOST:PORT, found 'udp://h:514'"),
            ("audit_forwarding:\n  collector: tcp://h\n", "security.yaml:2: audit_forwarding.collector: expected tcp://HOST:PORT"),
            ("audit_forwarding:\n  collector: tcp://h:99999\n", "security.yaml:2: audit_forwarding.collector: expected"),
            ("audit_forwarding:\n  collector: tcp://h:514\n  tls_verify: false\n", "security.yaml:3: audit_forwarding.tls_verify: applies to tls:// collectors only"),
            ("audit_forwarding:\n  collector: tls://h:514\n  tls_ca_file: ca.pem\n", "security.yaml:3: audit_forwarding.tls_ca_file: the CA file 'ca.pem' must be an absolute path"),
            ("audit_forwarding:\n  host: h\n", "security.yaml:2: audit_forwarding.host: unknown key"),
            ("audit_forwarding:\n  collector: tcp://h:1\n  hostname: a b\n", "security.yaml:3: audit_forwarding.hostname: printable ASCII"),
            ("restricted_domains: [feedbak]\n", "security.yaml:1: restricted_domains: unknown value 'feedbak' (did you mean 'feedback'?)"),
            ("restricted: [feedback]\n", "security.yaml:1: restricted: unknown key"),
        ]
        for (text, expected) in table {
            XCTAssertTrue(errors(text).hasPrefix(expected), "\(text) → \(errors(text))")
        }
    }
}
