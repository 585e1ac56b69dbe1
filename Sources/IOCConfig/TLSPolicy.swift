import Foundation
import Yams

/// How an HTTPS source's certificate is checked (Decision 56): against the system's trusted authorities (the
/// default), against one department's own authority (`tls_ca_file`), or not at all (`tls_verify: false`, an
/// explicit opt-out that the sources screen shows on the source's row).
public enum TLSPolicy: Sendable, Hashable {
    /// The system's trusted authorities.
    case verify
    /// Only the authorities in this PEM file (a department's own CA).
    case verifyWith(caFile: String)
    /// No check of certificate or host name: the configuration opted out.
    case skipVerification

    /// The sources file's keys for it.
    static let keys = ["tls_verify", "tls_ca_file"]
}

extension TLSPolicy {
    /// The policy in a source's fields `f` for `url`: `tls_verify` (true or false) and `tls_ca_file` (an absolute
    /// path to a readable PEM file of certificates). Both apply to https:// URLs only, and not together (a CA file
    /// with no verification would be a check that is not made). nil when either is wrong (each error is on the reader).
    static func read(_ f: [String: Node], url: URL?, key: String, reader: ConfigReader) -> TLSPolicy? {
        let errorsBefore = reader.errors.count
        let verify = f["tls_verify"].flatMap {
            reader.choice($0, key: "\(key).tls_verify", among: [("true", true), ("false", false)])
        }
        let caFile = f["tls_ca_file"].flatMap { reader.string($0, key: "\(key).tls_ca_file") }
        if let caFile, let problem = caFileProblem(caFile) { reader.fail(f["tls_ca_file"], "\(key).tls_ca_file", problem) }
        if verify == false, caFile != nil {
            reader.fail(f["tls_ca_file"], "\(key).tls_ca_file", "a CA file has no use when tls_verify is false; "
                        + "keep the CA file and remove tls_verify: false")
        }
        if let url, url.scheme?.lowercased() != "https" {
            for name in keys where f[name] != nil {
                reader.fail(f[name], "\(key).\(name)", "applies to https:// URLs only; this source's URL is \(url.scheme ?? "")://")
            }
        }
        guard reader.errors.count == errorsBefore else { return nil }
        if verify == false { return .skipVerification }
        if let caFile { return .verifyWith(caFile: caFile) }
        return .verify
    }

    /// What is wrong with a CA file, or nil: it must be an absolute path to a regular, readable file holding at
    /// least one PEM certificate.
    static func caFileProblem(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return "the CA file '\(path)' must be an absolute path" }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return "the CA file '\(path)' does not exist or is not a file"
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return "the CA file '\(path)' cannot be read"
        }
        guard data.count < 4 * 1024 * 1024,
              String(decoding: data, as: UTF8.self).contains("-----BEGIN CERTIFICATE-----")
        else { return "the CA file '\(path)' holds no PEM certificate (-----BEGIN CERTIFICATE-----)" }
        return nil
    }
}
