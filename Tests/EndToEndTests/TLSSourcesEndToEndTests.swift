import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 8: TLS certificates are verified unless a source explicitly opts out, and `ioc sources` shows that
/// it did. A real TLS server on 127.0.0.1 with a certificate from a test authority made here by `openssl`: the
/// system's authorities do not know it (refused), the department's CA file does (read), the wrong host name is
/// refused even with that CA, and the opted-out source reads it and says so.
final class TLSSourcesEndToEndTests: XCTestCase {
    private var directory: URL!
    private var server: FixtureServer?

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-tls-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        server?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A test authority and a server certificate for IP 127.0.0.1 signed by it, valid for two days.
    private func makeCertificates() throws {
        let ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
        let made = ShellCommand.run("""
            cd '\(directory.path)' && \
            openssl req -x509 \(ec) -keyout ca.key -out ca.pem -days 2 -subj '/CN=IOC test authority' && \
            openssl req \(ec) -keyout server.key -out server.csr -subj '/CN=127.0.0.1' && \
            printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\n' > server.ext && \
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 2 \
                -extfile server.ext
            """)
        XCTAssertEqual(made.status, 0, made.output + made.error)
    }

    func testVerifiedByDefaultOptOutShownAndADepartmentsOwnAuthorityTrusted() throws {
        try makeCertificates()
        let server = try FixtureServer(arguments: ["--tls", directory.appendingPathComponent("server.pem").path,
                                                   directory.appendingPathComponent("server.key").path])
        self.server = server
        let ca = directory.appendingPathComponent("ca.pem").path
        func source(_ id: String, host: String = "127.0.0.1", _ extra: String = "") -> String {
            """
              \(id):
                name: "\(id)"
                url: "https://\(host):\(server.port)/clean"
                interval: 1s
                timeout: 1s
                records: data.items
                events: { kind: feedback, id: ma, title: "{tieu_de}", status: { path: trang_thai, default: new } }
            \(extra)
            """
        }
        let file = "sources:\n" + source("he-thong") + source("ca-rieng", "    tls_ca_file: \(ca)\n")
            + source("khong-xac-minh", "    tls_verify: false\n") + source("sai-ten", host: "localhost", "    tls_ca_file: \(ca)\n")
        try file.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output + check.error)

        let db = directory.appendingPathComponent("city.sqlite").path
        SourceListing.startPoller(db: db, config: directory.path)
        var byID: [String: [String: Any]] = [:]
        let settled = Eventually.holds(timeout: 30) {
            byID = SourceListing.byID(db: db, config: self.directory.path)
            return ["he-thong", "ca-rieng", "khong-xac-minh", "sai-ten"].allSatisfy { (byID[$0]?["pollsToday"] as? Int ?? 0) >= 1 }
        }
        XCTAssertTrue(settled, "\(byID)")

        let system = try XCTUnwrap(byID["he-thong"])
        XCTAssertNotEqual(system["state"] as? String, "ok", "\(system)")
        XCTAssertTrue((system["lastError"] as? String ?? "").contains("TLS certificate not trusted"), "\(system)")
        XCTAssertEqual(system["transportSecurity"] as? String, "verified")

        let own = try XCTUnwrap(byID["ca-rieng"])
        XCTAssertEqual(own["state"] as? String, "ok", "\(own)")
        XCTAssertEqual(own["transportSecurity"] as? String, "custom_ca")
        XCTAssertGreaterThan(own["recordsToday"] as? Int ?? 0, 0)

        let wrongName = try XCTUnwrap(byID["sai-ten"])
        XCTAssertNotEqual(wrongName["state"] as? String, "ok", "\(wrongName)")
        XCTAssertTrue((wrongName["lastError"] as? String ?? "").contains("TLS certificate not trusted"), "\(wrongName)")

        let optedOut = try XCTUnwrap(byID["khong-xac-minh"])
        XCTAssertEqual(optedOut["state"] as? String, "ok", "\(optedOut)")
        XCTAssertEqual(optedOut["transportSecurity"] as? String, "unverified")

        // The shell's table says it in words, with the warning mark.
        let text = ShellCommand.run("\(ProductsDirectory.ioc) sources --db '\(db)' --config '\(directory.path)'")
        let row = text.output.split(separator: "\n").first { $0.hasPrefix("khong-xac-minh\t") } ?? ""
        XCTAssertTrue(row.contains("⚠ TLS KHÔNG xác minh (tắt trong cấu hình)"), text.output)
    }
}
