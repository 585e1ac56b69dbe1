import Foundation

/// What a CAP URL answers: one message, or a feed (Atom or RSS 2.0) whose entries link to messages or hold them
/// inline (`<content type="text/xml"><alert …>`), as national alert hubs publish them.
enum CAPFeed {
    enum Item {
        case message(XMLTree)
        case link(String)
    }

    static let atom = "http://www.w3.org/2005/Atom"

    /// The items of a document; nil when it is neither a CAP alert nor a feed.
    static func items(_ tree: XMLTree) -> [Item]? {
        if tree.name == "alert" { return [.message(tree)] }
        if tree.name == "feed" {
            return tree.children("entry").compactMap { entry in
                if let inline = entry.child("content")?.child("alert") { return .message(inline) }
                let links = entry.children("link")
                let chosen = links.first { $0.attributes["type"]?.lowercased().contains("cap") == true }
                    ?? links.first { ($0.attributes["href"] ?? "").lowercased().hasSuffix(".xml") }
                    ?? links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" }
                return chosen?.attributes["href"].map { .link($0) }
            }
        }
        if tree.name == "rss", let channel = tree.child("channel") {
            return channel.children("item").compactMap { item in
                if let enclosure = item.children("enclosure").first(where: { $0.attributes["type"]?.contains("cap") == true }),
                   let url = enclosure.attributes["url"] { return .link(url) }
                return item.text(of: "link").map { .link($0) }
            }
        }
        return nil
    }
}
