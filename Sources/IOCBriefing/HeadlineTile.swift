import TUICore
import TUIWidgets

/// A headline tile: a framed figure with its label as the frame's title, the value in big type, the detail line
/// and the status line (glyph + word, then the trend), centred. Readable from across a room.
struct HeadlineTile {
    var headline: Headline
    var styles: BriefingStyles
    /// The scale cap, so that tiles side by side share one size.
    var maxScale: Int

    /// Rows the big number may take inside a tile of inner height `h` (room for a gap and two text lines).
    static func bigRows(innerHeight h: Int) -> Int { max(0, h - (h >= 12 ? 4 : 3)) }

    /// Inner width and height of a tile drawn in `area` (a frame of one cell, one column of padding each side).
    static func inner(_ area: Rect) -> Rect {
        Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
    }

    func render(into buffer: inout Buffer, area: Rect) {
        Panel(title: headline.label, status: headline.severity, styles: styles.widget).render(into: &buffer, area: area)
        let inner = HeadlineTile.inner(area)
        guard !inner.isEmpty else { return }
        let bigArea = HeadlineTile.bigRows(innerHeight: inner.height)
        let scale = BigText.scale(toFit: headline.value, width: inner.width, height: bigArea, maxScale: maxScale)
        let bigHeight = scale.map { BigText.size(of: headline.value, scale: $0).height } ?? 1
        let contentHeight = bigHeight + (inner.height >= 6 ? 1 : 0) + 2
        var y = inner.y + max(0, (inner.height - contentHeight) / 2)
        let valueStyle = styles.bigNumber(headline.severity)
        BigText(text: headline.value, style: valueStyle, alignment: .center, maxScale: scale ?? 1)
            .render(into: &buffer, area: Rect(x: inner.x, y: y, width: inner.width, height: scale == nil ? 1 : bigHeight))
        y += bigHeight + (inner.height >= 6 ? 1 : 0)
        centred(HeadlineTile.fitted(headline.detail, width: inner.width), y: y, in: inner, style: styles.widget.muted, &buffer)
        y += 1
        var line: [(String, Style)] = [(headline.status, styles.severity(headline.severity).patched(with: Style(attributes: .bold)))]
        if let trend = headline.trend { line.append(("   " + trend, styles.widget.text)) }
        centredParts(line, y: y, in: inner, &buffer)
    }

    /// `detail` in at most `width` columns: whole " · " parts dropped from the end rather than a word or number cut
    /// ("cm · Sông Tam Bạc · ngưỡng 250,0" → "cm · Sông Tam Bạc"); only a first part too wide on its own is cut.
    static func fitted(_ detail: String, width: Int) -> String {
        var parts = detail.components(separatedBy: " · ")
        while parts.count > 1, TextWidth.of(parts.joined(separator: " · ")) > width { parts.removeLast() }
        return TextWidth.truncate(parts.joined(separator: " · "), to: width)
    }

    private func centred(_ text: String, y: Int, in area: Rect, style: Style, _ buffer: inout Buffer) {
        centredParts([(text, style)], y: y, in: area, &buffer)
    }

    private func centredParts(_ parts: [(String, Style)], y: Int, in area: Rect, _ buffer: inout Buffer) {
        guard y < area.maxY else { return }
        var parts = parts
        if let first = parts.first, TextWidth.of(first.0) > area.width {
            parts = [(TextWidth.truncate(first.0, to: area.width), first.1)]
        }
        let total = parts.reduce(0) { $0 + TextWidth.of($1.0) }
        var x = area.x + max(0, (area.width - total) / 2)
        for (text, style) in parts where x + TextWidth.of(text) <= area.maxX {
            x += buffer.write(text, x: x, y: y, style: style, maxWidth: area.maxX - x)
        }
    }
}
