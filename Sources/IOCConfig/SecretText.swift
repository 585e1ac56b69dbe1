import Foundation

/// Secrets in a sources file are references, never values: `${NAME}` takes an environment variable of the process,
/// `${file:/path}` a file readable by its owner only (mode 0600 or 0400). `ioc check` and every start refuse a header
/// that carries credentials (by its name) with a literal value, a URL with a password in it, and a query parameter
/// named like a key or token with a literal value; a secret file readable by others is refused where it is named.
public enum SecretText {
    /// A reference in a value.
    public enum Reference: Sendable, Hashable {
        case environment(String)
        case file(String)
    }

    /// Words in a header or parameter name that say it carries credentials.
    static let credentialWords = ["authorization", "auth", "key", "token", "secret", "password", "passwd", "cookie",
                                  "signature", "credential"]
    /// Words allowed beside references in a credential header ("Bearer ${TOKEN}").
    static let schemes = ["bearer", "basic", "token", "apikey", "key", "digest"]

    public static func carriesCredentials(_ name: String) -> Bool {
        let lower = name.lowercased()
        return credentialWords.contains { lower.contains($0) }
    }

    /// The references in `value`, in order, and the text around them.
    public static func parse(_ value: String) -> (references: [Reference], literal: String) {
        var references: [Reference] = []
        var literal = ""
        var rest = Substring(value)
        while let start = rest.range(of: "${"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            literal += rest[..<start.lowerBound]
            let inner = String(rest[start.upperBound..<end])
            references.append(inner.hasPrefix("file:") ? .file(String(inner.dropFirst(5))) : .environment(inner))
            rest = rest[rest.index(after: end)...]
        }
        return (references, literal + rest)
    }

    /// Why a credential's value as written is a literal secret; nil when its secret part is all references.
    public static func literalProblem(_ value: String) -> String? {
        let (references, literal) = parse(value)
        let words = literal.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { $0.lowercased() }
        let onlyScheme = words.allSatisfy { schemes.contains($0) } && words.count <= 1
        guard !references.isEmpty || literal.trimmingCharacters(in: .whitespaces).isEmpty, onlyScheme else {
            return "a secret must not be written in the sources file; write ${NAME} (an environment variable) or "
                + "${file:/path} (a file of mode 0600)"
        }
        return nil
    }

    /// Why a secret file cannot be used: missing, not a regular file, or readable by others than its owner.
    public static func fileProblem(_ path: String) -> String? {
        guard path.hasPrefix("/") else { return "the secret file '\(path)' must be an absolute path" }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            // Said with the system's reason: missing and not permitted call for different mends.
            return "the secret file '\(path)' cannot be read: \(error.localizedDescription)"
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular,
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
        else { return "the secret file '\(path)' is not a regular file" }
        guard mode & 0o077 == 0 else {
            return "the secret file '\(path)' is readable by others (mode \(String(mode & 0o777, radix: 8))); "
                + "chmod 600 it"
        }
        return nil
    }

    /// The value with every reference replaced, or why it cannot be (a variable not set, a secret file refused).
    public static func expand(_ value: String, environment: [String: String]) -> Result<String, SecretError> {
        var result = ""
        var rest = Substring(value)
        while let start = rest.range(of: "${"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            result += rest[..<start.lowerBound]
            let inner = String(rest[start.upperBound..<end])
            if inner.hasPrefix("file:") {
                let path = String(inner.dropFirst(5))
                if let problem = fileProblem(path) { return .failure(SecretError(message: problem)) }
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    return .failure(SecretError(message: "the secret file '\(path)' cannot be read as UTF-8"))
                }
                result += text.trimmingCharacters(in: .newlines)
            } else {
                guard let replacement = environment[inner] else {
                    return .failure(SecretError(message: "environment variable \(inner) is not set"))
                }
                result += replacement
            }
            rest = rest[rest.index(after: end)...]
        }
        return .success(result + rest)
    }

    /// Why a secret could not be had.
    public struct SecretError: Error, Sendable, Hashable {
        public let message: String
    }
}
