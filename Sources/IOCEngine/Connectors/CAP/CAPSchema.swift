import Foundation

/// The CAP 1.2 XML schema (OASIS, `CAP-v1.2-schema.xsd`) as a table: each element's children in their order with
/// their counts, and each simple value's type. `problems(in:)` applies it the way an XSD validator does — order,
/// counts, enumerations, the `sent` pattern and real dates, languages, URIs, numbers, no stray text or attributes —
/// so that ioc's verdict on a message agrees with `xmllint --schema` (the agreement test holds it to that).
enum CAPSchema {
    static let namespace = "urn:oasis:names:tc:emergency:cap:1.2"
    static let signatureNamespace = "http://www.w3.org/2000/09/xmldsig#"

    indirect enum Content: Sendable {
        case text(SimpleType)
        case sequence([Particle])
    }

    enum SimpleType: Sendable {
        case string
        case enumeration([String])
        case capDateTime
        case language
        case anyURI
        case integer
        case decimal
    }

    struct Particle: Sendable {
        var name: String
        var min: Int
        var max: Int   // Int.max: unbounded
        var content: Content
    }

    private static func one(_ name: String, _ content: Content) -> Particle { Particle(name: name, min: 1, max: 1, content: content) }
    private static func optional(_ name: String, _ content: Content = .text(.string)) -> Particle {
        Particle(name: name, min: 0, max: 1, content: content)
    }
    private static func many(_ name: String, min: Int = 0, _ content: Content = .text(.string)) -> Particle {
        Particle(name: name, min: min, max: .max, content: content)
    }
    private static let pair: Content = .sequence([one("valueName", .text(.string)), one("value", .text(.string))])

    static let info: Content = .sequence([
        Particle(name: "language", min: 0, max: 1, content: .text(.language)),
        many("category", min: 1, .text(.enumeration(["Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env",
                                                     "Transport", "Infra", "CBRNE", "Other"]))),
        one("event", .text(.string)),
        many("responseType", .text(.enumeration(["Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess",
                                                 "AllClear", "None"]))),
        one("urgency", .text(.enumeration(["Immediate", "Expected", "Future", "Past", "Unknown"]))),
        one("severity", .text(.enumeration(["Extreme", "Severe", "Moderate", "Minor", "Unknown"]))),
        one("certainty", .text(.enumeration(["Observed", "Likely", "Possible", "Unlikely", "Unknown"]))),
        optional("audience"),
        many("eventCode", pair),
        optional("effective", .text(.capDateTime)), optional("onset", .text(.capDateTime)),
        optional("expires", .text(.capDateTime)),
        optional("senderName"), optional("headline"), optional("description"), optional("instruction"),
        optional("web", .text(.anyURI)), optional("contact"),
        many("parameter", pair),
        many("resource", .sequence([one("resourceDesc", .text(.string)), one("mimeType", .text(.string)),
                                    optional("size", .text(.integer)), optional("uri", .text(.anyURI)),
                                    optional("derefUri"), optional("digest")])),
        many("area", .sequence([one("areaDesc", .text(.string)), many("polygon"), many("circle"), many("geocode", pair),
                                optional("altitude", .text(.decimal)), optional("ceiling", .text(.decimal))])),
    ])

    static let alert: Content = .sequence([
        one("identifier", .text(.string)), one("sender", .text(.string)), one("sent", .text(.capDateTime)),
        one("status", .text(.enumeration(["Actual", "Exercise", "System", "Test", "Draft"]))),
        one("msgType", .text(.enumeration(["Alert", "Update", "Cancel", "Ack", "Error"]))),
        optional("source"),
        one("scope", .text(.enumeration(["Public", "Restricted", "Private"]))),
        optional("restriction"), optional("addresses"), many("code"), optional("note"), optional("references"),
        optional("incidents"),
        many("info", info),
    ])

    /// Why `root` is not a CAP 1.2 alert by the schema, first problem first; empty when it is one.
    static func problems(in root: XMLTree) -> [String] {
        guard root.name == "alert", root.namespace == namespace else {
            return ["the root element is <\(root.name)> in \(root.namespace.map { "namespace \($0)" } ?? "no namespace"), "
                    + "not <alert> in \(namespace)"]
        }
        var problems: [String] = []
        check(root, content: alert, path: "alert", allowSignature: true, into: &problems)
        return problems
    }

    private static func check(_ element: XMLTree, content: Content, path: String, allowSignature: Bool = false,
                              into problems: inout [String]) {
        if let attribute = element.attributes.keys.sorted().first(where: { !$0.hasPrefix("xmlns") && !$0.hasPrefix("xsi:") }) {
            problems.append("\(path): attribute '\(attribute)' is not allowed")
        }
        switch content {
        case .text(let type):
            if let child = element.children.first {
                problems.append("\(path): holds an element <\(child.name)> where text is expected"); return
            }
            if let problem = problem(element.text, raw: element.rawText, type: type) { problems.append("\(path): \(problem)") }
        case .sequence(let particles):
            if !element.text.isEmpty {
                problems.append("\(path): holds text where only elements are allowed"); return
            }
            var children = element.children[...]
            if allowSignature {
                while let last = children.last, last.namespace == signatureNamespace { children = children.dropLast() }
            }
            for particle in particles {
                var count = 0
                while let next = children.first, next.name == particle.name, next.namespace == namespace, count < particle.max {
                    count += 1
                    children = children.dropFirst()
                    check(next, content: particle.content, path: "\(path)/\(particle.name)", into: &problems)
                }
                if count < particle.min {
                    let found = children.first.map { "<\($0.name)> found" } ?? "the element ends"
                    problems.append("\(path): <\(particle.name)> expected, \(found)"); return
                }
            }
            if let extra = children.first {
                let place = extra.namespace == namespace ? "" : " (namespace \(extra.namespace ?? "none"))"
                problems.append("\(path): <\(extra.name)>\(place) is not allowed here")
            }
        }
    }

    /// Why a simple value is not of its type; nil when it is. `text` is trimmed; `raw` is as written.
    static func problem(_ text: String, raw: String, type: SimpleType) -> String? {
        switch type {
        case .string:
            return nil
        case .enumeration(let values):
            // xs:string keeps its whitespace: " Actual" is not "Actual".
            return values.contains(raw) ? nil : "'\(raw)' is not one of \(values.joined(separator: ", "))"
        case .capDateTime:
            return CAPTime.date(text) == nil ? "'\(text)' is not a CAP time (yyyy-MM-ddTHH:mm:ss±hh:mm)" : nil
        case .language:
            // An empty <language> takes the schema's default (en-US).
            if text.isEmpty { return nil }
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let valid = parts.enumerated().allSatisfy { index, part in
                (1...8).contains(part.count) && part.unicodeScalars.allSatisfy {
                    $0.isASCII && (CharacterSet.letters.contains($0) || (index > 0 && CharacterSet.decimalDigits.contains($0)))
                }
            }
            return valid ? nil : "'\(text)' is not a language tag"
        case .anyURI:
            var rest = Substring(text)
            while let percent = rest.firstIndex(of: "%") {
                let hex = rest[rest.index(after: percent)...].prefix(2)
                if hex.count < 2 || !hex.allSatisfy(\.isHexDigit) { return "'\(text)' is not a URI" }
                rest = rest[rest.index(after: percent)...]
            }
            return nil
        case .integer:
            let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
            // libxml2 (xmllint) holds at most 24 digits.
            return !digits.isEmpty && digits.count <= 24 && digits.allSatisfy(\.isASCIIDigit) ? nil : "'\(text)' is not an integer"
        case .decimal:
            let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
            let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let digits = parts.joined()
            return !digits.isEmpty && digits.count <= 24 && digits.allSatisfy(\.isASCIIDigit) ? nil : "'\(text)' is not a decimal"
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
