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

    /// Whether the label is drawn in big type (scale 1) when it goes inside the tile; TileBand decides it for the whole
    /// band so tiles side by side read alike.
    var bigLabel = false
    /// Rows kept for the label when it is drawn big: the band's tallest label, so the numbers of tiles side by side
    /// stay on one line whether a label takes one line or two.
    var labelRows = 0

    /// The label as drawn inside a tile: upper-case, as headings on a wall are.
    static func labelText(_ headline: Headline) -> String { headline.label.uppercased() }

    /// The label in big type (scale 1) within `width`: one line, or two split at a space, the first as short as still
    /// fits; nil when it fits in neither.
    static func bigLabelLines(_ headline: Headline, width: Int) -> [String]? {
        let label = labelText(headline)
        func fits(_ s: String) -> Bool { BigText.size(of: s, scale: 1).width <= width }
        if fits(label) { return [label] }
        let words = label.split(separator: " ").map(String.init)
        guard words.count > 1 else { return nil }
        // The most even split that fits: the first line holding at least half the words where possible.
        let splits = (1..<words.count).map { (words[..<$0].joined(separator: " "), words[$0...].joined(separator: " ")) }
        return splits.filter { fits($0.0) && fits($0.1) }
            .min { abs(TextWidth.of($0.0) - TextWidth.of($0.1)) < abs(TextWidth.of($1.0) - TextWidth.of($1.1)) }
            .map { [$0.0, $0.1] }
    }

    /// Rows the label takes inside a tile of inner `width`: its big lines, or one bold line.
    static func labelHeight(_ headline: Headline, big: Bool, width: Int) -> Int {
        guard big, let lines = bigLabelLines(headline, width: width) else { return 1 }
        return lines.reduce(0) { $0 + BigText.size(of: $1, scale: 1).height }
    }

    /// Rows the figure itself takes (big number, a gap when there is room, detail and status lines).
    static func figureHeight(_ headline: Headline, scale: Int?, innerHeight: Int) -> Int {
        let bigHeight = scale.map { BigText.size(of: headline.value, scale: $0).height } ?? 1
        return bigHeight + (innerHeight >= 6 ? 1 : 0) + 2
    }

    func render(into buffer: inout Buffer, area: Rect) {
        let inner = HeadlineTile.inner(area)
        let bigArea = HeadlineTile.bigRows(innerHeight: max(0, inner.height))
        let scale = inner.isEmpty ? nil
            : BigText.scale(toFit: headline.value, width: inner.width, height: bigArea, maxScale: maxScale)
        let contentHeight = HeadlineTile.figureHeight(headline, scale: scale, innerHeight: inner.height)
        // The label goes inside, above the figure, when there is a row for it and a blank row under it: read from across
        // the room, a frame title in normal type is too small. Otherwise it stays the frame's title.
        let label = HeadlineTile.labelText(headline)
        let bigLines = bigLabel ? HeadlineTile.bigLabelLines(headline, width: inner.width) : nil
        let drawnHeight = HeadlineTile.labelHeight(headline, big: bigLines != nil, width: inner.width)
        let labelHeight = bigLines == nil ? drawnHeight : max(drawnHeight, labelRows)
        let labelInside = !inner.isEmpty && inner.height >= contentHeight + labelHeight + 2
        Panel(title: labelInside ? "" : headline.label, status: headline.severity, styles: styles.widget).render(into: &buffer, area: area)
        guard !inner.isEmpty else { return }
        let blockHeight = contentHeight + (labelInside ? labelHeight + 1 : 0)
        var y = inner.y + max(0, (inner.height - blockHeight) / 2)
        if labelInside {
            let labelStyle = styles.heading.patched(with: Style(attributes: .bold))
            if let bigLines {
                var lineY = y + labelHeight - drawnHeight
                for line in bigLines {
                    let height = BigText.size(of: line, scale: 1).height
                    BigText(text: line, style: labelStyle, alignment: .center, maxScale: 1)
                        .render(into: &buffer, area: Rect(x: inner.x, y: lineY, width: inner.width, height: height))
                    lineY += height
                }
            } else {
                centred(TextWidth.truncate(label, to: inner.width), y: y, in: inner, style: labelStyle, &buffer)
            }
            y += labelHeight + 1
        }
        let bigHeight = scale.map { BigText.size(of: headline.value, scale: $0).height } ?? 1
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
