import Foundation
@testable import IOCConfig
import XCTest

/// Issue 14, item 8: secrets are references, never values, and a secret file readable by others is refused.
final class SecretTextTests: XCTestCase {
    func testCredentialValuesMustBeReferences() {
        let table: [(String, Bool)] = [
            ("${HP_KEY}", true), ("Bearer ${TOKEN}", true), ("Basic ${file:/etc/ioc/pakn}", true), ("${A}${B}", true),
            ("abc123", false), ("Bearer s3cr3t", false), ("Bearer ${TOKEN} extra", false), ("", true),
        ]
        for (value, allowed) in table {
            XCTAssertEqual(SecretText.literalProblem(value) == nil, allowed, value)
        }
        XCTAssertTrue(SecretText.carriesCredentials("X-Api-Key"))
        XCTAssertTrue(SecretText.carriesCredentials("Authorization"))
        XCTAssertFalse(SecretText.carriesCredentials("Accept"))
    }

    func testTheSourcesFileRefusesLiteralSecretsWhereTheyAreWritten() throws {
        let text = """
        sources:
          pakn:
            name: "PAKN"
            url: "https://user:hunter2@pakn.example.vn/api"
            headers: { X-Api-Key: "abc123", Accept: "application/json" }
            events: { kind: feedback, id: ma, title: "{t}", status: tt }
          aqi:
            name: "AQI"
            url: "https://aqi.example.vn/api?api_key=abc123&page=1"
            headers: { Authorization: "Bearer ${AQI_TOKEN}" }
            observations: { series_key: "aqi.{id}", value: v }
        """
        XCTAssertThrowsError(try SourcesFile.parse(text, file: "s.yaml")) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("s.yaml:4: sources.pakn.url: a user or password must not be written in the URL"), said)
            XCTAssertTrue(said.contains("s.yaml:5: sources.pakn.headers.X-Api-Key: a secret must not be written"), said)
            XCTAssertTrue(said.contains("s.yaml:9: sources.aqi.url: query parameter 'api_key': a secret must not be written"), said)
            XCTAssertFalse(said.contains("Authorization"), "a reference is fine: \(said)")
            XCTAssertFalse(said.contains("hunter2") || said.contains("abc123"), "the refusal does not repeat the secret: \(said)")
        }
    }

    func testASecretFileMustBeTheOwnersAlone() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("pakn-key")
        try Data("s3cret\n".utf8).write(to: secret)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: secret.path)
        let yaml = """
        sources:
          pakn:
            name: "PAKN"
            url: "https://pakn.example.vn/api"
            headers: { X-Api-Key: "${file:\(secret.path)}" }
            events: { kind: feedback, id: ma, title: "{t}", status: tt }
        """
        XCTAssertThrowsError(try SourcesFile.parse(yaml, file: "s.yaml")) { error in
            XCTAssertTrue("\(error)".contains("s.yaml:5: sources.pakn.headers.X-Api-Key: the secret file"), "\(error)")
            XCTAssertTrue("\(error)".contains("mode 644"), "\(error)")
        }
        XCTAssertEqual(SecretText.expand("Bearer ${file:\(secret.path)}", environment: [:]),
                       .failure(SecretText.SecretError(message: SecretText.fileProblem(secret.path)!)))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret.path)
        XCTAssertNoThrow(try SourcesFile.parse(yaml, file: "s.yaml"))
        XCTAssertEqual(SecretText.expand("Bearer ${file:\(secret.path)}", environment: [:]), .success("Bearer s3cret"),
                       "the file's text, without its trailing newline")
        XCTAssertEqual(SecretText.expand("${TOKEN}", environment: [:]),
                       .failure(SecretText.SecretError(message: "environment variable TOKEN is not set")))
    }
}
