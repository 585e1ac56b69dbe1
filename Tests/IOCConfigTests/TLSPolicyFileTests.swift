import Foundation
import IOCConfig
import IOCDomain
import XCTest

/// Issue 14, item 8: an HTTPS source's certificate is verified unless the source opts out (`tls_verify: false`), or
/// checked against a department's own authority (`tls_ca_file`); the keys are refused where they mean nothing.
final class TLSPolicyFileTests: XCTestCase {
    private var caFile: URL!

    override func setUpWithError() throws {
        caFile = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-ca-\(UUID().uuidString).pem")
        try "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".write(to: caFile, atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: caFile)
    }

    private func source(_ extra: String, url: String = "https://pakn.example.vn/api") -> String {
        """
        sources:
          pakn:
            name: "PAKN"
            kind: open311
            url: "\(url)"
        \(extra)
        """
    }

    func testTheDefaultVerifiesAndEachKeySaysWhatItShows() throws {
        let table: [(extra: String, url: String, policy: TLSPolicy, shown: TransportSecurity)] = [
            ("", "https://pakn.example.vn/api", .verify, .verified),
            ("    tls_verify: true", "https://pakn.example.vn/api", .verify, .verified),
            ("    tls_ca_file: \(caFile.path)", "https://pakn.example.vn/api", .verifyWith(caFile: caFile.path), .customAuthority),
            ("    tls_verify: false", "https://pakn.example.vn/api", .skipVerification, .unverified),
            ("", "http://pakn.example.vn/api", .verify, .plain),
        ]
        for row in table {
            let sources = try SourcesFile.parse(source(row.extra, url: row.url), file: "s.yaml")
            guard case .open311(let open311) = sources.first?.kind else { return XCTFail(row.extra) }
            XCTAssertEqual(open311.tls, row.policy, row.extra)
            XCTAssertEqual(sources.first?.kind.transportSecurity, row.shown, row.extra)
            XCTAssertEqual(sources.first?.kind.endpoint, row.url, row.extra)
        }
    }

    func testMistakesAreLocated() throws {
        let notPEM = caFile.path + ".txt"
        try "không phải chứng thư\n".write(toFile: notPEM, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: notPEM) }
        let cases: [(extra: String, url: String, said: String)] = [
            ("    tls_verify: no", "https://a.vn/", "s.yaml:6: sources.pakn.tls_verify: unknown value 'no'"),
            ("    tls_verify: false", "http://a.vn/", "s.yaml:6: sources.pakn.tls_verify: applies to https:// URLs only; this source's URL is http://"),
            ("    tls_ca_file: relative.pem", "https://a.vn/", "s.yaml:6: sources.pakn.tls_ca_file: the CA file 'relative.pem' must be an absolute path"),
            ("    tls_ca_file: /nonexistent/ca.pem", "https://a.vn/", "s.yaml:6: sources.pakn.tls_ca_file: the CA file '/nonexistent/ca.pem' does not exist or is not a file"),
            ("    tls_ca_file: \(notPEM)", "https://a.vn/", "s.yaml:6: sources.pakn.tls_ca_file: the CA file '\(notPEM)' holds no PEM certificate"),
            ("    tls_verify: false\n    tls_ca_file: \(caFile.path)", "https://a.vn/", "s.yaml:7: sources.pakn.tls_ca_file: a CA file has no use when tls_verify is false"),
        ]
        for row in cases {
            XCTAssertThrowsError(try SourcesFile.parse(source(row.extra, url: row.url), file: "s.yaml"), row.extra) { error in
                XCTAssertTrue("\(error)".contains(row.said), "\(error)")
            }
        }
        let folder = """
        sources:
          drop:
            name: "Cảnh báo (thư mục)"
            kind: cap
            folder: /srv/ioc/drop/cap
            tls_verify: false
        """
        XCTAssertThrowsError(try SourcesFile.parse(folder, file: "s.yaml")) { error in
            XCTAssertTrue("\(error)".contains("s.yaml:6: sources.drop.tls_verify: tls_verify goes with a url, not a folder"), "\(error)")
        }
    }
}
