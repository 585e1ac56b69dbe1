import Foundation
import IOCConfig
import Yams

/// Reads and validates a briefing layout (`Layouts/briefing.yaml`); every problem is reported as
/// `file:line: key: message`, all at once, and unknown keys are errors.
///
/// Schema:
/// ```yaml
/// name: briefing                 # required, letters, digits, - and _
/// title: "Giao ban …"            # optional header title; title_en for --lang en
/// rotation: 20s                  # optional, default 20s: how long each slide stays up (1s … 1h)
/// slides:                        # required, shown in this order; digits 1–9 jump to them
///   - kind: overview             # required: overview, socio_economic, government, feedback, public_order,
///                                #           environment, alarms, directives
///     title: "Toàn cảnh"         # optional heading (title_en for English)
///     top: 6                     # optional: at most this many tiles or rows (1 … 30)
///     duration: 30s              # optional: this slide's own time on screen
/// ```
/// A layout file is a briefing when its top level has `slides`; otherwise it is an operator layout (`LayoutFile`).
public enum BriefingLayoutFile {
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> BriefingLayout {
        let reader = ConfigReader(file: file)
        let layout = read(text, reader: reader)
        try reader.throwIfFailed()
        guard let layout else { throw ConfigErrors([ConfigError(file: file, line: 0, key: "(document)", message: "unreadable")]) }
        return layout
    }

    public static func load(path: String) throws(ConfigErrors) -> BriefingLayout {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    /// Whether a layout file's text is a briefing (a top-level `slides` key) rather than an operator layout. Asked only
    /// after the text failed to load as the layout wanted, to word that error; text that does not parse is not a
    /// briefing, and the load's own located error is the one reported.
    public static func isBriefing(_ text: String) -> Bool {
        guard let root = try? Yams.compose(yaml: text, ConfigReader.resolver), case .mapping(let map) = root else { return false }
        return map.keys.contains { $0.string == "slides" }
    }

    private static func read(_ text: String, reader: ConfigReader) -> BriefingLayout? {
        guard let root = reader.root(text),
              let top = reader.fields(root, key: "", allowed: ["name", "title", "title_en", "rotation", "slides"],
                                      required: ["name", "slides"])
        else { return nil }
        let name = top["name"].flatMap { reader.value($0, key: "name", ConfigNames.identifier) }
        let title = top["title"].flatMap { reader.string($0, key: "title") }
        let titleEN = top["title_en"].flatMap { reader.string($0, key: "title_en") }
        var rotation: Double? = 20
        if let node = top["rotation"] { rotation = reader.value(node, key: "rotation", duration(in: 1...3600)) }
        var slides: [SlideSpec] = []
        var failed = false
        if let slidesNode = top["slides"], let items = reader.sequence(slidesNode, key: "slides") {
            for (i, item) in items.enumerated() {
                if let slide = slide(item, key: "slides[\(i)]", reader: reader) { slides.append(slide) } else { failed = true }
            }
            if items.count > 30 { reader.fail(slidesNode, "slides", "\(items.count) slides; at most 30") }
        } else {
            failed = true
        }
        if top["title"] != nil && title == nil || top["title_en"] != nil && titleEN == nil { failed = true }
        guard let name, let rotation, !failed else { return nil }
        return BriefingLayout(name: name, title: title, titleEN: titleEN, rotation: rotation, slides: slides)
    }

    private static func slide(_ node: Node, key: String, reader: ConfigReader) -> SlideSpec? {
        guard let fields = reader.fields(node, key: key, allowed: ["kind", "title", "title_en", "top", "duration"],
                                         required: ["kind"])
        else { return nil }
        let kind = fields["kind"].flatMap { reader.choice($0, key: "\(key).kind", as: SlideKind.self) }
        let title = fields["title"].flatMap { reader.string($0, key: "\(key).title") }
        let titleEN = fields["title_en"].flatMap { reader.string($0, key: "\(key).title_en") }
        var top: Int?
        var failed = false
        if let node = fields["top"] {
            top = reader.int(node, key: "\(key).top", range: 1...30)
            failed = failed || top == nil
        }
        var seconds: Double?
        if let node = fields["duration"] {
            seconds = reader.value(node, key: "\(key).duration", duration(in: 1...3600))
            failed = failed || seconds == nil
        }
        if fields["title"] != nil && title == nil || fields["title_en"] != nil && titleEN == nil { failed = true }
        guard let kind, !failed else { return nil }
        return SlideSpec(kind: kind, title: title, titleEN: titleEN, top: top, duration: seconds)
    }

    /// A duration (`20s`, `1m`) within `range` seconds.
    private static func duration(in range: ClosedRange<Double>) -> (String) -> Result<Double, ValueSyntaxError> {
        return { (text: String) -> Result<Double, ValueSyntaxError> in
            let parsed: Result<Double, ValueSyntaxError> = ValueSyntax.duration(text)
            guard case .success(let seconds) = parsed else { return parsed }
            if range.contains(seconds) { return .success(seconds) }
            return .failure(ValueSyntaxError("'\(text)' is out of range: from 1s to 1h"))
        }
    }
}
