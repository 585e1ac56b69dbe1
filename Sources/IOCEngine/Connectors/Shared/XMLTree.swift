import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read safely from outside (Open311's XML, CAP alerts, Atom and RSS feeds): a document that
/// declares a DOCTYPE is refused before any parser sees it, so no entity is ever expanded (an entity bomb) and no
/// external entity is fetched (`file:///etc/passwd`); depth and element count are bounded; text is kept as written
/// (callers clean it before it reaches a screen).
package struct XMLTree: Sendable, Hashable {
    /// The element's local name (without its prefix).
    package var name: String
    /// The namespace URI, when the document declares one for this element.
    package var namespace: String?
    package var attributes: [String: String]
    package var children: [XMLTree]
    /// The element's own text (character data and CDATA directly inside it, trimmed).
    package var text: String
    /// The same text as written, with its surrounding whitespace (a schema's string enumerations keep it).
    package var rawText: String = ""

    package init(name: String, namespace: String? = nil, attributes: [String: String] = [:],
                 children: [XMLTree] = [], text: String = "") {
        self.name = name; self.namespace = namespace; self.attributes = attributes; self.children = children
        self.text = text
    }

    /// The first child named `name`.
    package func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every child named `name`.
    package func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The text of the first child named `name`, nil when there is none or it is empty.
    package func text(of name: String) -> String? {
        guard let text = child(name)?.text, !text.isEmpty else { return nil }
        return text
    }

    /// Why a body is not an XML document this reader accepts.
    package struct Refusal: Error, Sendable, Equatable {
        package var message: String
    }

    /// Limits of one document.
    package static let maxDepth = 64
    package static let maxElements = 500_000

    /// Parses `data`, refusing a DOCTYPE (and so every entity declaration), a body that is not UTF-8, malformed XML,
    /// and documents past the depth or element limits.
    package static func parse(_ data: Data) throws -> XMLTree {
        if let problem = declarationProblem(data) { throw Refusal(message: problem) }
        // Only UTF-8 is read (what CAP, GeoReport, Atom and RSS are served in). Foundation's XMLParser on Linux traps
        // on an element or attribute name that is not UTF-8 (`<\u{FF}alert>`), so such a body never reaches it.
        if let problem = UTF8Body.problem(data) { throw Refusal(message: problem) }
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = builder
        let parsed = parser.parse()
        if let refusal = builder.refusal { throw refusal }
        guard parsed, let root = builder.root else {
            // Where it broke; Foundation's own text for it ("NSXMLParserErrorDomain error 5") tells an operator nothing.
            throw Refusal(message: "not well-formed XML (line \(parser.lineNumber), column \(parser.columnNumber))")
        }
        return root
    }

    /// A DOCTYPE or entity declaration anywhere in the document (case-insensitive, so `<!doctype` too), or a
    /// processing instruction without data (`<?name?>`); nil when there is neither. Checked on the raw bytes so that
    /// no parser setting can be bypassed. Foundation's XMLParser on Linux reads a processing instruction's data with
    /// `strlen` and crashes on the NULL that libxml2 hands it when there is none (one with data, as
    /// `<?xml-stylesheet href="…"?>` in feeds, is read).
    static func declarationProblem(_ data: Data) -> String? {
        let markers: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == 0x3C, bytes[index + 1] == 0x21 {   // "<!"
                    for marker in markers where index + marker.count <= bytes.count {
                        var same = true
                        for offset in 2..<marker.count where bytes[index + offset] & 0xDF != marker[offset] {
                            same = false; break
                        }
                        if same {
                            return "the document declares a DOCTYPE or entities, which are refused "
                                + "(no entity is expanded or fetched)"
                        }
                    }
                } else if bytes[index] == 0x3C, bytes[index + 1] == 0x3F {   // "<?": its target, then data or "?>"
                    var end = index + 2
                    while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x3F].contains(bytes[end]) { end += 1 }
                    if end + 1 < bytes.count, bytes[end] == 0x3F, bytes[end + 1] == 0x3E {
                        return "the document holds a processing instruction without data, which is refused"
                    }
                }
                index += 1
            }
            return nil
        }
    }

    /// Builds the tree from the parser's callbacks.
    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var refusal: Refusal?
        private var stack: [XMLTree] = []
        private var texts: [String] = []
        private var count = 0

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            count += 1
            if stack.count >= XMLTree.maxDepth || count > XMLTree.maxElements {
                refusal = Refusal(message: stack.count >= XMLTree.maxDepth
                                  ? "XML nested deeper than \(XMLTree.maxDepth) elements"
                                  : "more than \(XMLTree.maxElements) XML elements")
                parser.abortParsing()
                return
            }
            let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
            stack.append(XMLTree(name: local, namespace: namespaceURI.flatMap { $0.isEmpty ? nil : $0 },
                                 attributes: attributeDict))
            texts.append("")
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !texts.isEmpty else { return }
            texts[texts.count - 1] += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !texts.isEmpty else { return }
            texts[texts.count - 1] += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            guard var element = stack.popLast(), let text = texts.popLast() else { return }
            element.rawText = text
            element.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(element)
            }
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            nil
        }
    }
}
