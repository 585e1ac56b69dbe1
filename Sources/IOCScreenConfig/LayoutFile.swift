import Foundation
import IOCConfig
import TUICore
import Yams

/// Reads and validates a layout file (`Layouts/<name>.yaml`); every problem is reported with its file and line.
///
/// Schema (unknown keys are errors):
/// ```yaml
/// name: operator                 # required, letters, digits, - and _
/// title: "…"                     # optional header title
/// min_width: 80                  # optional, default 80
/// min_height: 24                 # optional, default 24
/// rows:                          # required, top to bottom
///   - height: "40%"              # 45% | 34 | fill | fill:2 | min:20
///     panels:                    # required, left to right
///       - id: kt                 # required, unique in the arrangement
///         kind: socio_economic   # required, see PanelKind
///         width: fill            # optional, default fill
///         title: "Kinh tế – xã hội"
///         title_en: "Socio-economic"
/// compact:                       # optional: rows for terminals smaller than `below`
///   below: { width: 160, height: 48 }
///   rows: [ … ]
/// ```
public enum LayoutFile {
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> LayoutSpec {
        let reader = ConfigReader(file: file)
        let spec = read(text, reader: reader)
        try reader.throwIfFailed()
        guard let spec else { throw ConfigErrors([ConfigError(file: file, line: 0, key: "(document)", message: "unreadable")]) }
        return spec
    }

    public static func load(path: String) throws(ConfigErrors) -> LayoutSpec {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    private static func read(_ text: String, reader: ConfigReader) -> LayoutSpec? {
        guard let root = reader.root(text),
              let top = reader.fields(root, key: "", allowed: ["name", "title", "min_width", "min_height", "rows", "compact"],
                                      required: ["name", "rows"])
        else { return nil }
        let name = top["name"].flatMap { reader.value($0, key: "name", ConfigNames.identifier) }
        let title = top["title"].flatMap { reader.string($0, key: "title") }
        let minWidth = top["min_width"].map { reader.int($0, key: "min_width", range: 1...1000) } ?? 80
        let minHeight = top["min_height"].map { reader.int($0, key: "min_height", range: 1...1000) } ?? 24
        var compactBelow: TerminalSize?
        var compactRows: [LayoutRow]?
        if let compactNode = top["compact"],
           let compact = reader.fields(compactNode, key: "compact", allowed: ["below", "rows"], required: ["below", "rows"]) {
            if let belowNode = compact["below"],
               let below = reader.fields(belowNode, key: "compact.below", allowed: ["width", "height"],
                                         required: ["width", "height"]),
               let w = below["width"].flatMap({ reader.int($0, key: "compact.below.width", range: 1...1000) }),
               let h = below["height"].flatMap({ reader.int($0, key: "compact.below.height", range: 1...1000) }) {
                compactBelow = TerminalSize(width: w, height: h)
            }
            if let rowsNode = compact["rows"] {
                compactRows = rows(rowsNode, key: "compact.rows", reader: reader,
                                   available: TerminalSize(width: minWidth ?? 80, height: minHeight ?? 24))
            }
        }
        let wideArea = compactBelow ?? TerminalSize(width: minWidth ?? 80, height: minHeight ?? 24)
        let wideRows = top["rows"].flatMap { rows($0, key: "rows", reader: reader, available: wideArea) }
        guard let name, let minWidth, let minHeight, let wideRows else { return nil }
        return LayoutSpec(name: name, title: title, minWidth: minWidth, minHeight: minHeight, rows: wideRows,
                          compactBelow: compactBelow, compactRows: compactRows ?? [])
    }

    /// One arrangement: rows of panels, with ids unique across it and sizes that fit `available`.
    private static func rows(_ node: Node, key: String, reader: ConfigReader, available: TerminalSize) -> [LayoutRow]? {
        guard let items = reader.sequence(node, key: key) else { return nil }
        var result: [LayoutRow] = []
        var seenIDs: [String: Int] = [:]
        var failed = false
        for (i, item) in items.enumerated() {
            let rowKey = "\(key)[\(i)]"
            guard let row = reader.fields(item, key: rowKey, allowed: ["height", "panels"], required: ["height", "panels"])
            else { failed = true; continue }
            let height = row["height"].flatMap { reader.value($0, key: "\(rowKey).height", ScreenValueSyntax.constraint) }
            var panels: [PanelSpec] = []
            if let panelsNode = row["panels"], let panelItems = reader.sequence(panelsNode, key: "\(rowKey).panels") {
                for (j, panelNode) in panelItems.enumerated() {
                    let panelKey = "\(rowKey).panels[\(j)]"
                    if let panel = self.panel(panelNode, key: panelKey, reader: reader, seenIDs: &seenIDs) {
                        panels.append(panel)
                    } else {
                        failed = true
                    }
                }
                checkFits(panels.map(\.width), length: available.width, what: "widths", limit: "width",
                          node: panelsNode, key: "\(rowKey).panels", reader: reader)
            } else {
                failed = true
            }
            guard let height else { failed = true; continue }
            result.append(LayoutRow(height: height, panels: panels))
        }
        checkFits(result.map(\.height), length: available.height, what: "heights", limit: "height",
                  node: node, key: key, reader: reader)
        return failed ? nil : result
    }

    private static func panel(_ node: Node, key: String, reader: ConfigReader, seenIDs: inout [String: Int]) -> PanelSpec? {
        guard let fields = reader.fields(node, key: key, allowed: ["id", "kind", "width", "title", "title_en"],
                                         required: ["id", "kind"])
        else { return nil }
        let id = fields["id"].flatMap { reader.value($0, key: "\(key).id", ConfigNames.identifier) }
        if let found = id, let idNode = fields["id"] {
            let line = idNode.mark?.line ?? 0
            if let first = seenIDs[found] {
                reader.fail(idNode, "\(key).id", "duplicate panel id '\(found)' (first used on line \(first))")
            } else {
                seenIDs[found] = line
            }
        }
        let kind = fields["kind"].flatMap { reader.choice($0, key: "\(key).kind", as: PanelKind.self) }
        let width = fields["width"].map { reader.value($0, key: "\(key).width", ScreenValueSyntax.constraint) } ?? .fill(1)
        let title = fields["title"].flatMap { reader.string($0, key: "\(key).title") }
        let titleEN = fields["title_en"].flatMap { reader.string($0, key: "\(key).title_en") }
        guard let id, let kind, let width else { return nil }
        if fields["title"] != nil && title == nil { return nil }
        if fields["title_en"] != nil && titleEN == nil { return nil }
        return PanelSpec(id: id, kind: kind, width: width, title: title, titleEN: titleEN)
    }

    /// Percentages must not pass 100; fixed and minimum sizes must fit the smallest length this arrangement gets.
    private static func checkFits(_ sizes: [Constraint], length: Int, what: String, limit: String, node: Node,
                                  key: String, reader: ConfigReader) {
        var percent = 0, cells = 0
        for size in sizes {
            switch size {
            case .percent(let p): percent += p
            case .fixed(let n), .min(let n): cells += n
            case .fill: break
            }
        }
        if percent > 100 {
            reader.fail(node, key, "\(what) add up to \(percent)%, more than 100%")
        }
        if cells > length {
            reader.fail(node, key, "fixed and minimum \(what) add up to \(cells) cells, more than the \(limit) "
                        + "of \(length) this arrangement must fit")
        }
    }
}
