import TUICore
import TUIWidgets

/// A band of headline tiles in a grid. Tiles share one big-number scale so the band reads as one design, and the
/// grid (how many tiles in a row) is the one whose shared scale is largest — wide screens get one row, narrower
/// ones two or three.
enum TileBand {
    /// The largest big-number scale (10 rows): beyond it numbers stop reading as designed and start shouting.
    static let maxScale = 4

    static func render(_ headlines: [Headline], area: Rect, styles: BriefingStyles, gap: Int, into buffer: inout Buffer) {
        guard !headlines.isEmpty, !area.isEmpty else { return }
        // Ranked by the shared scale, then full rows (6 tiles as 3 + 3, not 4 + 2), then more tiles in a row.
        var best: (rects: [Rect], rank: [Int])?
        for columns in stride(from: min(4, headlines.count), through: 1, by: -1) {
            let rows = (headlines.count + columns - 1) / columns
            guard rows <= 3 else { continue }
            let rects = grid(area, count: headlines.count, columns: columns, gap: gap)
            let rank = [sharedScale(headlines, rects), headlines.count % columns == 0 ? 1 : 0]
            if best == nil || rank.lexicographicallyPrecedes(best!.rank) == false && rank != best!.rank { best = (rects, rank) }
        }
        guard var best else { return }
        // Tiles at most a third taller than their content needs (big number, a gap, two lines, padding): the tiles
        // fill a band up to that, and a taller band gets the grid centred in it rather than tiles of empty space.
        let scale = max(1, best.rank[0])
        let tallest = maxHeight(headlines, scale: scale, bandHeight: area.height)
        let rows = Set(best.rects.map(\.y)).count
        let rowGap = max(1, gap / 2)
        let blockHeight = rows * tallest + (rows - 1) * rowGap
        if best.rects.allSatisfy({ $0.height > tallest }), blockHeight < area.height {
            let block = Rect(x: area.x, y: area.y + (area.height - blockHeight) / 2, width: area.width, height: blockHeight)
            best.rects = grid(block, count: headlines.count, columns: best.rects.filter { $0.y == best.rects[0].y }.count, gap: gap)
        }
        let bigLabels = fitsBigLabels(headlines, best.rects, scale: scale)
        let labelRows = zip(headlines, best.rects).map { headline, rect in
            HeadlineTile.labelHeight(headline, big: bigLabels, width: HeadlineTile.inner(rect).width)
        }.max() ?? 0
        for (headline, rect) in zip(headlines, best.rects) {
            var tile = HeadlineTile(headline: headline, styles: styles, maxScale: scale)
            tile.bigLabel = bigLabels
            tile.labelRows = labelRows
            tile.render(into: &buffer, area: rect)
        }
    }

    /// Whether every tile of the band has the width and height for its label in big type above its figure: all or
    /// none, so the band reads as one design.
    static func fitsBigLabels(_ headlines: [Headline], _ rects: [Rect], scale: Int) -> Bool {
        // The band's tallest big label, the same for every tile (laid out once, not once per tile).
        let tallest = zip(headlines, rects).map { HeadlineTile.labelHeight($0, big: true, width: HeadlineTile.inner($1).width) }.max() ?? 0
        return zip(headlines, rects).allSatisfy { headline, rect in
            let inner = HeadlineTile.inner(rect)
            let figure = HeadlineTile.figureHeight(headline, scale: scale, innerHeight: inner.height)
            return HeadlineTile.bigLabelLines(headline, width: inner.width) != nil && inner.height >= figure + tallest + 2
        }
    }

    /// The tallest a tile of the band grows: its content at `scale` (with its label above it) with padding, and a
    /// third more.
    static func maxHeight(_ headlines: [Headline], scale: Int, bandHeight: Int) -> Int {
        let bigHeight = headlines.map { BigText.size(of: $0.value, scale: scale).height }.max() ?? 1
        let labelHeight = headlines.map { HeadlineTile.labelHeight($0, big: true, width: .max) }.max() ?? 1
        let padding = bandHeight >= 40 ? 3 : 1
        let needed = bigHeight + 3 + 2 + 2 * padding + (bandHeight >= 40 ? labelHeight + 1 : 2)
        return needed + needed / 3
    }

    /// The largest scale at which every value fits its tile (0 when one does not fit even at scale 1).
    static func sharedScale(_ headlines: [Headline], _ rects: [Rect]) -> Int {
        zip(headlines, rects).map { headline, rect -> Int in
            let inner = HeadlineTile.inner(rect)
            return BigText.scale(toFit: headline.value, width: inner.width,
                                 height: HeadlineTile.bigRows(innerHeight: inner.height), maxScale: maxScale) ?? 0
        }.min() ?? 0
    }

    /// `count` tiles in rows of `columns`, the rows splitting the height.
    static func grid(_ area: Rect, count: Int, columns: Int, gap: Int) -> [Rect] {
        let rows = (count + columns - 1) / columns
        var rects: [Rect] = []
        for row in split(area, count: rows, gap: max(1, gap / 2), vertical: true) {
            rects += split(row, count: columns, gap: gap, vertical: false)
        }
        return Array(rects.prefix(count))
    }

    /// `count` equal parts of `area` with `gap` cells between them (the last part takes the remainder).
    static func split(_ area: Rect, count: Int, gap: Int, vertical: Bool) -> [Rect] {
        guard count > 0 else { return [] }
        let length = vertical ? area.height : area.width
        let size = max(0, (length - gap * (count - 1)) / count)
        return (0..<count).map { i in
            let start = i * (size + gap)
            let extent = i == count - 1 ? max(0, length - start) : size
            return vertical ? Rect(x: area.x, y: area.y + start, width: area.width, height: extent)
                : Rect(x: area.x + start, y: area.y, width: extent, height: area.height)
        }
    }
}
