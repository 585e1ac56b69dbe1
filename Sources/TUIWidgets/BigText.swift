import Foundation
import TUICore

/// Headline numbers and headings in big type for the leaders' briefing wall, scaled to the room they get.
///
/// A 5-pixel-high font (digits, upper-case letters, `% . , : – - / + < >` and space) drawn with full and half
/// blocks (`█ ▀ ▄`). At scale `s` one font pixel is `s` columns wide and `s` half-rows high, so pixels stay roughly
/// square on a terminal's 1:2 cells: scale 1 is 3 rows tall, scale 2 is 5 rows, scale 4 is 10 rows. Letters are
/// drawn upper-case; Vietnamese letters keep their marks (circumflex, breve, horn, the five tones, đ), drawn in
/// two pixel rows above the letters and, after a blank row, one below (dot below), which only the text that has them
/// pays for.
/// Unknown characters are drawn as a space.
public struct BigText: Sendable {
    public var text: String
    public var style: Style
    public var alignment: Alignment
    /// The largest scale `render` may use.
    public var maxScale: Int

    public init(text: String, style: Style, alignment: Alignment = .left, maxScale: Int = 8) {
        self.text = text
        self.style = style
        self.alignment = alignment
        self.maxScale = max(1, maxScale)
    }

    /// Columns and rows the text takes at `scale` (≥ 1).
    public static func size(of text: String, scale: Int) -> (width: Int, height: Int) {
        let bitmap = BigFont.bitmap(for: text)
        let s = max(1, scale)
        return (bitmap.width * s, (bitmap.rows.count * s + 1) / 2)
    }

    /// Rows above the letters' bodies at `scale` (the marks' rows; 0 when the text has no mark above). Headings drawn
    /// this many rows higher keep their letters on one line whether or not the text has marks.
    public static func marksHeight(of text: String, scale: Int) -> Int {
        BigFont.bitmap(for: text).bodyTop * max(1, scale) / 2
    }

    /// The largest scale, at most `maxScale`, at which the text fits `width`×`height`; nil when even scale 1 does not.
    public static func scale(toFit text: String, width: Int, height: Int, maxScale: Int = 8) -> Int? {
        let bitmap = BigFont.bitmap(for: text)
        guard bitmap.width > 0, !bitmap.rows.isEmpty else { return nil }
        var best: Int?
        for s in 1...max(1, maxScale) {
            if bitmap.width * s <= width && (bitmap.rows.count * s + 1) / 2 <= height { best = s } else { break }
        }
        return best
    }

    /// The rows of block characters for `text` at `scale` (trailing blanks kept, so every row has the same width).
    public static func rows(for text: String, scale: Int) -> [String] {
        BigTextCache.shared.rows(text, scale: scale) { composeRows(for: text, scale: scale) }
    }

    /// `rows(for:scale:)` without the cache.
    static func composeRows(for text: String, scale: Int) -> [String] {
        let bitmap = BigFont.bitmap(for: text)
        let s = max(1, scale)
        let pixelHeight = bitmap.rows.count * s
        let cellRows = (pixelHeight + 1) / 2
        var result: [String] = []
        result.reserveCapacity(cellRows)
        for r in 0..<cellRows {
            var line = ""
            line.reserveCapacity(bitmap.width * s * 3)
            let top = (2 * r) / s
            let bottomHalf = 2 * r + 1
            let bottom = bottomHalf < pixelHeight ? bottomHalf / s : -1
            for c in 0..<(bitmap.width * s) {
                let px = c / s
                let upper = bitmap.isSet(row: top, column: px)
                let lower = bottom >= 0 && bitmap.isSet(row: bottom, column: px)
                switch (upper, lower) {
                case (true, true): line += "█"
                case (true, false): line += "▀"
                case (false, true): line += "▄"
                case (false, false): line += " "
                }
            }
            result.append(line)
        }
        return result
    }

    /// Draws the text at the largest scale that fits `area` (at most `maxScale`), aligned horizontally and at the
    /// top; when even scale 1 does not fit, one bold row of plain text. Returns the rectangle drawn (the scale used
    /// is `scale(toFit:…)`). Blank pixels are not drawn, so the background shows through.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        guard !area.isEmpty else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        guard let s = BigText.scale(toFit: text, width: area.width, height: area.height, maxScale: maxScale) else {
            let plain = TextWidth.truncate(text, to: area.width)
            let w = TextWidth.of(plain)
            let x = area.x + offset(w, in: area.width)
            buffer.write(plain, x: x, y: area.y, style: style.patched(with: Style(attributes: .bold)), maxWidth: area.maxX - x)
            return Rect(x: x, y: area.y, width: w, height: 1)
        }
        let rows = BigText.rows(for: text, scale: s)
        let width = BigText.size(of: text, scale: s).width
        let x0 = area.x + offset(width, in: area.width)
        for (r, row) in rows.enumerated() {
            var x = x0
            for ch in row.unicodeScalars {
                if ch != " " { buffer[x, area.y + r] = Cell(grapheme: String(ch), width: 1, style: style) }
                x += 1
            }
        }
        return Rect(x: x0, y: area.y, width: width, height: rows.count)
    }

    private func offset(_ width: Int, in room: Int) -> Int {
        switch alignment {
        case .left: return 0
        case .center: return max(0, (room - width) / 2)
        case .right: return max(0, room - width)
        }
    }
}
