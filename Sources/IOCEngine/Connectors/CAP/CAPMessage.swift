import Foundation

/// One CAP 1.2 alert message, read from XML that the schema accepts (`CAPSchema`): what the IOC needs of it.
package struct CAPMessage: Sendable, Hashable {
    /// (sender, identifier, sent) as the message writes them: what identifies a message, and what `references`
    /// name (`sender,identifier,sent`, space-separated).
    package struct Key: Sendable, Hashable {
        package var sender: String
        package var identifier: String
        package var sent: String

        /// The key as `references` writes it.
        package var text: String { "\(sender),\(identifier),\(sent)" }

        /// The keys of a `references` text; entries that are not three comma-separated parts are left out.
        static func list(_ references: String) -> [Key] {
            references.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).compactMap { entry in
                let parts = entry.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
                return Key(sender: parts[0], identifier: parts[1], sent: parts[2])
            }
        }
    }

    package struct Area: Sendable, Hashable {
        package var description: String
        package var geocodes: [(name: String, value: String)]
        package var polygons: [String]
        package var circles: [String] = []

        package static func == (a: Area, b: Area) -> Bool {
            a.description == b.description && a.polygons == b.polygons && a.circles == b.circles
                && a.geocodes.map(\.name) == b.geocodes.map(\.name) && a.geocodes.map(\.value) == b.geocodes.map(\.value)
        }

        package func hash(into hasher: inout Hasher) { hasher.combine(description); hasher.combine(polygons) }
    }

    package struct Info: Sendable, Hashable {
        package var language: String
        package var categories: [String]
        package var event: String
        package var urgency: String
        package var severity: String
        package var certainty: String
        package var effective: Date?
        package var onset: Date?
        package var expires: Date?
        package var headline: String?
        package var description: String?
        package var instruction: String?
        package var areas: [Area]
    }

    package var key: Key
    package var sentAt: Date
    /// Actual, Exercise, System, Test or Draft.
    package var status: String
    /// Alert, Update, Cancel, Ack or Error.
    package var msgType: String
    package var scope: String
    package var references: [Key]
    package var infos: [Info]

    /// Why a body is not a CAP 1.2 message.
    package struct Refusal: Error, Sendable, Equatable {
        package var message: String
    }

    /// Reads one message: well-formed XML without a DOCTYPE (`XMLTree`), valid by the CAP 1.2 schema.
    package static func read(_ data: Data) throws -> CAPMessage {
        let tree: XMLTree
        do {
            tree = try XMLTree.parse(data)
        } catch let refusal as XMLTree.Refusal {
            throw Refusal(message: refusal.message)
        }
        return try read(tree)
    }

    package static func read(_ tree: XMLTree) throws -> CAPMessage {
        if let problem = CAPSchema.problems(in: tree).first { throw Refusal(message: "not valid CAP 1.2: \(problem)") }
        func text(_ element: XMLTree, _ name: String) -> String { element.text(of: name) ?? "" }
        let infos = tree.children("info").map { info in
            Info(language: info.text(of: "language") ?? "en-US", categories: info.children("category").map(\.text),
                 event: text(info, "event"), urgency: text(info, "urgency"), severity: text(info, "severity"),
                 certainty: text(info, "certainty"), effective: info.text(of: "effective").flatMap(CAPTime.date),
                 onset: info.text(of: "onset").flatMap(CAPTime.date), expires: info.text(of: "expires").flatMap(CAPTime.date),
                 headline: info.text(of: "headline"), description: info.text(of: "description"),
                 instruction: info.text(of: "instruction"),
                 areas: info.children("area").map { area in
                     Area(description: text(area, "areaDesc"),
                          geocodes: area.children("geocode").map { (text($0, "valueName"), text($0, "value")) },
                          polygons: area.children("polygon").map(\.text), circles: area.children("circle").map(\.text))
                 })
        }
        let sent = text(tree, "sent")
        return CAPMessage(
            key: Key(sender: text(tree, "sender"), identifier: text(tree, "identifier"), sent: sent),
            sentAt: CAPTime.date(sent) ?? Date(timeIntervalSince1970: 0), status: text(tree, "status"),
            msgType: text(tree, "msgType"), scope: text(tree, "scope"),
            references: tree.text(of: "references").map(Key.list) ?? [], infos: infos)
    }
}
