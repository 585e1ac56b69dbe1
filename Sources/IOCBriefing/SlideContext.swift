import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import TUICore
import TUIWidgets

/// What a slide draws from: the data shown, the slide's options, styles, language, the clock and the room it has.
struct SlideContext {
    var data: DashboardSnapshot
    var spec: SlideSpec
    var styles: BriefingStyles
    var language: Language
    var now: Date
    /// The whole screen is large (a wall of 200×60 or more): more spacing, more items.
    var roomy: Bool
    /// Cells between tiles.
    var gap: Int

    /// The slide's `top`, else `fallback`.
    func top(_ fallback: Int) -> Int { spec.top ?? fallback }

    var numbers: NumberStyle { language.numberStyle }

    func pick(_ vi: String, _ en: String) -> String { language.pick(vi, en) }


    /// An agency's name in the briefing's language from the dossier or feedback lists, else its code.
    func agencyName(_ code: String?) -> String {
        guard let code else { return "–" }
        return data.government.first { $0.agencyCode == code }?.agencyName(language)
            ?? data.feedback.first { $0.agencyCode == code }?.agencyName(language) ?? code
    }

    /// Splits `area` into a band of tiles on top and the rest (one blank row between). The tiles get `tileShare` of
    /// the height, or more when the rest is a captioned table of `tableRows` rows (and `below` rows under it) that
    /// needs less: the room a short table leaves goes round the tiles rather than in a blank band under the table.
    /// The table counts its rows spaced apart when that fits beside the tiles' share, else one under the other.
    func bands(_ area: Rect, tileShare: Double, tableRows: Int? = nil, below: Int = 0) -> (tiles: Rect, rest: Rect) {
        let space = roomy ? 2 : 1
        let shared = max(5, Int(Double(area.height) * tileShare))
        var tilesHeight = shared
        if let rows = tableRows {
            let spaced = SlideTable.captionedHeight(rows: rows, spaced: true) + below
            let tight = SlideTable.captionedHeight(rows: rows, spaced: false) + below
            let needed = area.height - space - shared >= spaced ? spaced : tight
            tilesHeight = max(shared, area.height - space - needed)
        }
        let tiles = Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, tilesHeight))
        let rest = Rect(x: area.x, y: tiles.maxY + space, width: area.width, height: max(0, area.maxY - tiles.maxY - space))
        return (tiles, rest)
    }

    /// The widest a table runs: past this the eye loses the row between a name and its numbers.
    static let tableMaxWidth = 180

    /// `area` narrowed to `tableMaxWidth` columns and centred, for a caption and its table on a wide wall.
    func tableColumn(_ area: Rect) -> Rect {
        let width = min(area.width, SlideContext.tableMaxWidth)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
    }

    /// A line of words (sub-heading) in bold.
    func caption(_ text: String, _ area: Rect, _ buffer: inout Buffer) {
        buffer.write(TextWidth.truncate(text, to: area.width), x: area.x, y: area.y, style: styles.heading, maxWidth: area.width)
    }
}
