import Foundation
import IOCConfig
import TUICore
import Yams

/// Reads and validates a theme file (`Themes/<name>.yaml`); every problem is reported with its file and line.
///
/// Schema (flat, like btop's themes; unknown keys are errors):
/// ```yaml
/// name: control-room             # required
/// description: "…"               # optional
/// palette:                       # optional named colours, used by the roles below
///   grey70: "#b2b2b2"
/// text: { fg: grey70, bg: default }          # required
/// critical: { fg: "#ff3030", attrs: [bold] } # any ThemeRole; fg, bg, attrs all optional
/// muted: grey50                               # shorthand: a colour alone sets fg
/// ```
/// Colours: `#rrggbb`, `default`, 0…255, `black red green yellow blue magenta cyan white`, `bright-<name>`,
/// or a palette name. Attributes: `bold dim italic underline reverse blink` (a list, or words in one string).
public enum ThemeFile {
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> Theme {
        let reader = ConfigReader(file: file)
        let theme = read(text, reader: reader)
        try reader.throwIfFailed()
        guard let theme else { throw ConfigErrors([ConfigError(file: file, line: 0, key: "(document)", message: "unreadable")]) }
        return theme
    }

    public static func load(path: String) throws(ConfigErrors) -> Theme {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    static let topKeys = ["name", "description", "palette"] + ThemeRole.allCases.map(\.rawValue)

    private static func read(_ text: String, reader: ConfigReader) -> Theme? {
        guard let root = reader.root(text),
              let top = reader.fields(root, key: "", allowed: topKeys, required: ["name", "text"])
        else { return nil }
        let name = top["name"].flatMap { reader.value($0, key: "name", ConfigNames.identifier) }
        let description = top["description"].flatMap { reader.string($0, key: "description", allowEmpty: true) } ?? ""
        let palette = top["palette"].map { self.palette($0, reader: reader) } ?? [:]
        var styles: [ThemeRole: Style] = [:]
        var failed = false
        for role in ThemeRole.allCases {
            guard let node = top[role.rawValue] else { continue }
            if let style = self.style(node, key: role.rawValue, palette: palette, reader: reader) {
                styles[role] = style
            } else {
                failed = true
            }
        }
        guard let name, !failed else { return nil }
        return Theme(name: name, description: description, styles: styles)
    }

    private static func palette(_ node: Node, reader: ConfigReader) -> [String: Color] {
        guard let entries = reader.mapping(node, key: "palette", allowed: nil) else { return [:] }
        var palette: [String: Color] = [:]
        let builtIn = Set(["default"] + ScreenValueSyntax.colorNames + ScreenValueSyntax.colorNames.map { "bright-\($0)" })
        for entry in entries {
            let key = "palette.\(entry.name)"
            if builtIn.contains(entry.name.lowercased()) || Int(entry.name) != nil || entry.name.hasPrefix("#") {
                reader.fail(line: entry.line, key, "a palette name must not look like a colour")
                continue
            }
            if let color = reader.value(entry.value, key: key, { ScreenValueSyntax.color($0) }) {
                palette[entry.name] = color
            }
        }
        return palette
    }

    private static func style(_ node: Node, key: String, palette: [String: Color], reader: ConfigReader) -> Style? {
        if case .scalar = node {
            return reader.value(node, key: key, { ScreenValueSyntax.color($0, palette: palette) }).map { Style(foreground: $0) }
        }
        guard let fields = reader.fields(node, key: key, allowed: ["fg", "bg", "attrs"]) else { return nil }
        var style = Style()
        var failed = false
        if let fg = fields["fg"] {
            if let color = reader.value(fg, key: "\(key).fg", { ScreenValueSyntax.color($0, palette: palette) }) {
                style.foreground = color
            } else { failed = true }
        }
        if let bg = fields["bg"] {
            if let color = reader.value(bg, key: "\(key).bg", { ScreenValueSyntax.color($0, palette: palette) }) {
                style.background = color
            } else { failed = true }
        }
        if let attrs = fields["attrs"] {
            if let attributes = self.attributes(attrs, key: "\(key).attrs", reader: reader) {
                style.attributes = attributes
            } else { failed = true }
        }
        return failed ? nil : style
    }

    private static func attributes(_ node: Node, key: String, reader: ConfigReader) -> TextAttributes? {
        var words: [(String, Node)] = []
        switch node {
        case .sequence:
            guard let items = reader.sequence(node, key: key, nonEmpty: false) else { return nil }
            for item in items {
                guard let word = reader.string(item, key: key) else { return nil }
                words.append((word, item))
            }
        default:
            guard let text = reader.string(node, key: key, allowEmpty: true) else { return nil }
            words = text.split(separator: " ").map { (String($0), node) }
        }
        var result: TextAttributes = []
        var failed = false
        for (word, wordNode) in words {
            if let attribute = reader.value(wordNode, key: key, { _ in ScreenValueSyntax.attribute(word) }) {
                result.formUnion(attribute)
            } else { failed = true }
        }
        return failed ? nil : result
    }
}
