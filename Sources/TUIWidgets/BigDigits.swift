import TUICore

/// Numbers three rows tall in line-drawing segments, for the leaders' briefing wall (readable at 5 m).
///
/// Draws digits and `. , % : - +` and spaces; any other character is drawn as itself on the middle row.
/// Falls back to plain bold text on one row when the area is lower than 3 rows or too narrow.
public struct BigDigits: Sendable {
    public var text: String
    public var style: Style
    public var alignment: Alignment

    public init(text: String, style: Style, alignment: Alignment = .left) {
        self.text = text
        self.style = style
        self.alignment = alignment
    }

    static let glyphs: [Character: [String]] = [
        "0": ["┏━┓", "┃ ┃", "┗━┛"], "1": [" ┓ ", " ┃ ", " ┻ "], "2": ["╺━┓", "┏━┛", "┗━╸"],
        "3": ["╺━┓", " ━┫", "╺━┛"], "4": ["╻ ╻", "┗━┫", "  ╹"], "5": ["┏━╸", "┗━┓", "╺━┛"],
        "6": ["┏━╸", "┣━┓", "┗━┛"], "7": ["╺━┓", "  ┃", "  ╹"], "8": ["┏━┓", "┣━┫", "┗━┛"],
        "9": ["┏━┓", "┗━┫", "╺━┛"], ".": [" ", " ", "╻"], ",": [" ", " ", "┐"], ":": [" ", "╹", "╹"],
        "%": ["╻ ╱", " ╱ ", "╱ ╹"], "-": ["   ", "╺━╸", "   "], "+": ["   ", "╺╋╸", "   "], " ": [" ", " ", " "],
    ]

    /// The three rows of big text (each glyph followed by one space, none after the last).
    public static func rows(for text: String) -> [String] {
        var rows = ["", "", ""]
        for (i, ch) in TextWidth.sanitize(text).enumerated() {
            let glyph = glyphs[ch] ?? {
                let pad = String(repeating: " ", count: TextWidth.width(of: ch))
                return [pad, String(ch), pad]
            }()
            for r in 0..<3 { rows[r] += (i == 0 ? "" : " ") + glyph[r] }
        }
        return rows
    }

    /// Columns the big text needs.
    public static func width(of text: String) -> Int {
        TextWidth.of(rows(for: text)[0])
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let big = BigDigits.rows(for: text)
        let bigWidth = TextWidth.of(big[0])
        guard area.height >= 3, bigWidth <= area.width else {
            let plain = TextWidth.truncate(text, to: area.width)
            buffer.write(plain, x: area.x + offset(TextWidth.of(plain), in: area.width), y: area.y,
                         style: style.patched(with: Style(attributes: .bold)))
            return
        }
        let x = area.x + offset(bigWidth, in: area.width)
        for (r, row) in big.enumerated() {
            buffer.write(row, x: x, y: area.y + r, style: style, maxWidth: area.maxX - x)
        }
    }

    private func offset(_ width: Int, in room: Int) -> Int {
        switch alignment {
        case .left: return 0
        case .center: return max(0, (room - width) / 2)
        case .right: return max(0, room - width)
        }
    }
}
