import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// The banner across the whole wall when the data on it is old (`DataFreshness`): "SỐ LIỆU CŨ · 13 NGÀY" in big
/// type on the alert band, readable from across the room, and a line saying since when nothing new came in. Frozen
/// data is judged at the moment it was frozen: holding the figures on purpose does not make them old.
struct StaleBanner: Equatable {
    /// When the data on the wall was brought in.
    var dataTime: Date
    /// The wall's clock.
    var now: Date
    var language: Language

    /// The banner for `m`, or nil when its data is current or there is none.
    static func of(_ m: BriefingModel) -> StaleBanner? {
        guard let data = m.shown, let time = DataFreshness.dataTime(data) else { return nil }
        guard DataFreshness.isStale(data, now: m.freeze?.since ?? m.now) else { return nil }
        return StaleBanner(dataTime: time, now: m.now, language: m.language)
    }

    /// How old the data is, in words: "13 ngày" / "13 days", "2 giờ" / "2 hours", "20 phút" / "20 min".
    var age: String {
        let seconds = max(0, Int(now.timeIntervalSince(dataTime)))
        let (n, vi, en): (Int, String, String)
        if seconds < 3600 { (n, vi, en) = (seconds / 60, "phút", "min") }
        else if seconds < 2 * 86400 { (n, vi, en) = (seconds / 3600, "giờ", seconds / 3600 == 1 ? "hour" : "hours") }
        else { (n, vi, en) = (seconds / 86400, "ngày", "days") }
        return "\(n) " + language.pick(vi, en)
    }

    /// The words in big type.
    var headline: String { language.pick("SỐ LIỆU CŨ – ", "STALE DATA – ") + age.uppercased() }

    /// The line under them.
    var detail: String {
        language.pick("✖ Không có số liệu mới từ \(VietnamTime.clock(dataTime, datedUnlessOn: now)) (\(age)): "
                      + "các con số trên màn hình không phải hiện tại",
                      "✖ No new data since \(VietnamTime.clock(dataTime, datedUnlessOn: now)) (\(age)): "
                      + "the figures on this screen are not current")
    }

    /// Rows the banner takes on a screen `width`×`height`: the big words with a blank row above and the line under
    /// them (and a blank row) where the screen has room, else one row.
    func height(width: Int, screenHeight: Int) -> Int {
        guard let scale = scale(width: width, screenHeight: screenHeight) else { return 1 }
        return BigText.size(of: headline, scale: scale).height + 3
    }

    /// The big type's scale: at most 2 on a wall (70 rows and more), 1 from 40 rows; nil (one row of text) below, or
    /// when the words do not fit the width.
    private func scale(width: Int, screenHeight: Int) -> Int? {
        guard screenHeight >= 40 else { return nil }
        return BigText.scale(toFit: headline, width: width - 4, height: screenHeight, maxScale: screenHeight >= 70 ? 2 : 1)
    }

    /// Draws the banner across `width` columns from row `y`; returns the rows it took.
    @discardableResult
    func render(into buffer: inout Buffer, y: Int, width: Int, screenHeight: Int, style: Style) -> Int {
        var band = style
        band.attributes.remove(.underline)
        let bold = band.patched(with: Style(attributes: .bold))
        let rows = height(width: width, screenHeight: screenHeight)
        buffer.fill(Rect(x: 0, y: y, width: width, height: rows), style: band)
        guard let scale = scale(width: width, screenHeight: screenHeight) else {
            buffer.write(TextWidth.truncate(" " + headline + "  " + detail, to: width), x: 0, y: y, style: bold, maxWidth: width)
            return rows
        }
        let big = BigText.size(of: headline, scale: scale).height
        BigText(text: headline, style: bold, alignment: .center, maxScale: scale)
            .render(into: &buffer, area: Rect(x: 2, y: y + 1, width: width - 4, height: big))
        let line = TextWidth.truncate(detail, to: width - 4)
        buffer.write(line, x: max(2, (width - TextWidth.of(line)) / 2), y: y + 1 + big, style: bold, maxWidth: width - 4)
        return rows
    }
}
