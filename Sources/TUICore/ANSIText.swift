/// Renders a buffer as text with SGR escape sequences, for `ioc snapshot --ansi` and pipes.
public enum ANSIText {
    /// The buffer as text with SGR escape codes at the given depth (for `ioc snapshot --ansi`).
    ///
    /// Each row ends with a reset and "\n"; trailing blank plain cells are left out.
    public static func render(_ buffer: Buffer, depth: ColorDepth) -> String {
        var out = ""
        for y in 0..<buffer.height {
            var last = buffer.width - 1
            while last >= 0, buffer[last, y] == .blank { last -= 1 }
            var current = Style.plain
            if last >= 0 {
                for x in 0...last {
                    let cell = buffer[x, y]
                    if cell.width == 0 { continue }
                    let style = depth.degrade(cell.style)
                    if style != current {
                        out += sgr(style)
                        current = style
                    }
                    out += cell.grapheme
                }
            }
            if current != .plain { out += "\u{1B}[0m" }
            out += "\n"
        }
        return out
    }

    /// The SGR sequence that sets exactly `style` (starting from a reset).
    public static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attributeCodes: [(TextAttributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.blink, "5"), (.reverse, "7"),
        ]
        for (attribute, code) in attributeCodes where style.attributes.contains(attribute) { codes.append(code) }
        if let fg = colorCode(style.foreground, background: false) { codes.append(fg) }
        if let bg = colorCode(style.background, background: true) { codes.append(bg) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func colorCode(_ color: Color, background: Bool) -> String? {
        switch color {
        case .default:
            return nil
        case .ansi(let n):
            let base = background ? (n < 8 ? 40 : 100) : (n < 8 ? 30 : 90)
            return String(base + Int(n % 8))
        case .indexed(let n):
            return (background ? "48;5;" : "38;5;") + String(n)
        case .rgb(let r, let g, let b):
            return (background ? "48;2;" : "38;2;") + "\(r);\(g);\(b)"
        }
    }
}
