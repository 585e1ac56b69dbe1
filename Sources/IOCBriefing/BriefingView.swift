import Foundation
import IOCConfig
import IOCDomain
import TUICore
import TUIWidgets

/// Draws the briefing into a cell buffer: a header bar (city, briefing, frozen marker, clock), the stale banner when
/// the data is old, the slide's heading in big letters, the slide, and a footer bar (slide n/m, data time, rotation
/// state, keys). Pure.
public enum BriefingView {
    /// Below this the wall shows "terminal too small" instead of a squeezed slide.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public static func render(_ m: BriefingModel) -> Buffer {
        var buffer = Buffer(width: max(0, m.width), height: max(0, m.height))
        render(m, into: &buffer)
        return buffer
    }

    public static func render(_ m: BriefingModel, into buffer: inout Buffer) {
        let styles = BriefingStyles(theme: m.theme)
        buffer.fill(buffer.area, style: styles.widget.text)
        if m.blanked { return }
        guard buffer.width >= minimumWidth, buffer.height >= minimumHeight else {
            let message = m.language.pick(
                "Màn hình quá nhỏ cho giao ban: cần \(minimumWidth)×\(minimumHeight), hiện \(buffer.width)×\(buffer.height)",
                "Screen too small for the briefing: need \(minimumWidth)×\(minimumHeight), have \(buffer.width)×\(buffer.height)")
            TooSmallScreen(needWidth: minimumWidth, needHeight: minimumHeight, message: message)
                .render(into: &buffer, area: buffer.area)
            return
        }
        let w = buffer.width, h = buffer.height
        header(m, styles, &buffer)
        let banner = StaleBanner.of(m)
        footer(m, stale: banner != nil, styles, &buffer)
        // Old data: a banner across the whole wall under the header; the slide moves down to make room for it.
        let top = 1 + (banner?.render(into: &buffer, y: 1, width: w, screenHeight: h, style: styles.marker) ?? 0)
        let margin = w >= 200 ? 6 : (w >= 140 ? 3 : 2)
        let roomy = w >= 200 && h >= 60
        guard let spec = m.currentSlide else { return }
        // Heading: big letters when the screen is tall enough, else one bold row; a rule under it. The heading band
        // has room for marks above and a dot below, and the letters stand on the same row on every slide (a title
        // without marks above is drawn lower by their rows), so neither they nor the rule jump as slides rotate.
        let headingTop = top + (h >= 40 ? 1 : 0)
        let headingArea = Rect(x: margin, y: headingTop, width: w - 2 * margin, height: h >= 70 ? 9 : (h >= 40 ? 5 : 1))
        let title = SlideTitles.title(spec, m.language)
        let heading = BigText(text: title, style: styles.heading, maxScale: h >= 70 ? 2 : 1)
        let scale = BigText.scale(toFit: title, width: headingArea.width, height: headingArea.height, maxScale: heading.maxScale)
        let drop = scale.map { $0 - BigText.marksHeight(of: title, scale: $0) } ?? 0
        let drawn = heading.render(into: &buffer, area: Rect(x: headingArea.x, y: headingArea.y + drop,
                                                             width: headingArea.width, height: headingArea.height - drop))
        let baseline = scale.map { headingArea.y + $0 + BigText.size(of: "0", scale: $0).height - 1 } ?? drawn.maxY - 1
        let counter = "\(m.slide + 1)/\(m.layout.slides.count)"
        buffer.write(counter, x: headingArea.maxX - TextWidth.of(counter), y: baseline, style: styles.widget.muted)
        let ruleY = scale == nil ? drawn.maxY + (h >= 40 ? 1 : 0) : headingArea.maxY
        buffer.fill(Rect(x: margin, y: ruleY, width: w - 2 * margin, height: 1), style: styles.widget.border, grapheme: "─")
        let bodyTop = ruleY + (roomy ? 3 : 2)
        let body = Rect(x: margin, y: bodyTop, width: w - 2 * margin, height: max(0, h - 2 - (roomy ? 2 : 1) - bodyTop + 1))
        guard let data = m.shown else {
            let text = m.language.pick("Đang tải dữ liệu…", "Loading data…")
            buffer.write(text, x: body.x + max(0, (body.width - TextWidth.of(text)) / 2), y: body.y + body.height / 2,
                         style: styles.widget.muted)
            return
        }
        // A slide of a domain the wall's account may not see says so, large, instead of showing an empty slide.
        if let domain = spec.kind.domain, data.hidden?.domains.contains(domain) == true {
            let text = HiddenData.panelText(domain, m.language)
            buffer.write(text, x: body.x + max(0, (body.width - TextWidth.of(text)) / 2), y: body.y + body.height / 2,
                         style: styles.widget.muted)
            return
        }
        let context = SlideContext(data: data, spec: spec, styles: styles, language: m.language, now: m.now,
                                   roomy: roomy, gap: roomy ? 4 : 2)
        switch spec.kind {
        case .overview: OverviewSlide.render(context, area: body, into: &buffer)
        case .socioEconomic: SocioEconomicSlide.render(context, area: body, into: &buffer)
        case .government: GovernmentSlide.render(context, area: body, into: &buffer)
        case .feedback: FeedbackSlide.render(context, area: body, into: &buffer)
        case .publicOrder: PublicOrderSlide.render(context, area: body, into: &buffer)
        case .environment: EnvironmentSlide.render(context, area: body, into: &buffer)
        case .alarms: AlarmsSlide.render(context, area: body, into: &buffer)
        case .runs: RunsSlide.render(context, area: body, into: &buffer)
        case .directives: DirectivesSlide.render(context, area: body, into: &buffer)
        }
    }

    /// Draws again only what moves with the clock between whole frames: the header (the clock) and the footer (the
    /// rotation countdown), over `buffer`, which holds the last whole frame of the same model revision
    /// (`FrameSchedule`).
    public static func renderClock(_ m: BriefingModel, into buffer: inout Buffer) {
        guard !m.blanked, buffer.width >= minimumWidth, buffer.height >= minimumHeight else { return }
        let styles = BriefingStyles(theme: m.theme)
        header(m, styles, &buffer)
        footer(m, stale: StaleBanner.of(m) != nil, styles, &buffer)
    }

    /// The rows `renderClock` draws: the header's and the footer's.
    public static func clockRows(_ m: BriefingModel) -> [Int] {
        m.blanked || m.width < minimumWidth || m.height < minimumHeight ? [] : [0, m.height - 1]
    }

    /// The frozen-data marker: "■ SỐ LIỆU ĐÓNG BĂNG TỪ 08:15:03" (with the date when frozen on another day).
    public static func frozenMarker(_ freeze: BriefingFreeze, _ lang: Language, now: Date) -> String {
        lang.pick("■ SỐ LIỆU ĐÓNG BĂNG TỪ ", "■ DATA FROZEN SINCE ") + VietnamTime.clock(freeze.since, datedUnlessOn: now)
    }

    private static func header(_ m: BriefingModel, _ s: BriefingStyles, _ b: inout Buffer) {
        let row = Rect(x: 0, y: 0, width: b.width, height: 1)
        b.fill(row, style: s.bar)
        let title = m.language == .vi ? m.layout.title : (m.layout.titleEN ?? m.layout.title)
        let left = " IOC " + m.cityName.uppercased() + (title.map { " · " + $0 } ?? "")
        let clock = String(VietnamTime.dateTime(m.now).prefix(10)) + " " + VietnamTime.clock(m.now) + " UTC+7 "
        var right = b.width - TextWidth.of(clock)
        b.write(clock, x: right, y: 0, style: s.bar.patched(with: Style(attributes: .bold)))
        if let freeze = m.freeze {
            let marker = " " + frozenMarker(freeze, m.language, now: m.now) + " "
            right -= TextWidth.of(marker) + 2
            b.write(marker, x: right, y: 0, style: s.marker)
        }
        b.write(left, x: 0, y: 0, style: s.bar.patched(with: Style(attributes: .bold)), maxWidth: max(0, right - 1))
    }

    /// The footer; the data time in the alert style when the data is `stale`.
    private static func footer(_ m: BriefingModel, stale: Bool, _ s: BriefingStyles, _ b: inout Buffer) {
        let y = b.height - 1
        b.fill(Rect(x: 0, y: y, width: b.width, height: 1), style: s.bar)
        let lang = m.language
        var parts: [(String, Style)] = []
        let count = m.layout.slides.count
        parts.append((lang.pick(" Trang \(m.slide + 1)/\(count)", " Slide \(m.slide + 1)/\(count)"), s.bar.patched(with: Style(attributes: .bold))))
        if let data = m.shown {
            // When the data came in, dated when it is not today's (a bare "08:15:00" read as this morning's).
            let at = VietnamTime.clock(DataFreshness.dataTime(data) ?? data.readAt, datedUnlessOn: m.now)
            parts.append(("  ·  ", s.bar))
            parts.append((lang.pick("Số liệu lúc ", "Data at ") + at, stale ? s.marker : s.bar))
        } else {
            parts.append((lang.pick("  ·  Chưa có số liệu", "  ·  No data yet"), s.bar))
        }
        if let freeze = m.freeze {
            parts.append(("  ", s.bar))
            parts.append((" " + frozenMarker(freeze, lang, now: m.now) + " ", s.marker))
        }
        let rotation: String
        if count <= 1 { rotation = "" }
        else if m.paused { rotation = lang.pick("‖ Tạm dừng tự chuyển", "‖ Rotation paused") }
        else if let left = m.secondsToNextSlide { rotation = lang.pick("▶ Tự chuyển sau \(left)s", "▶ Next in \(left)s") }
        else { rotation = "" }
        if !rotation.isEmpty { parts.append(("  ·  " + rotation, s.bar)) }
        if let problem = m.problem {
            parts.append(("  ", s.bar))
            parts.append((" ✖ " + problem + " ", s.marker))
        }
        if !m.backgroundFailures.isEmpty {
            let names = m.backgroundFailures.map { $0.job.name(lang) }.joined(separator: ", ")
            parts.append(("  ", s.bar))
            parts.append((" ✖ " + lang.pick("Lỗi nền: ", "Failing: ") + names + " ", s.marker))
        }
        var x = 0
        for (text, style) in parts where x < b.width { x += b.write(text, x: x, y: y, style: style) }
        let keys = lang.pick("Space/→ tiếp · ← lùi · 1–\(min(count, 9)) chọn · p dừng · f đóng băng · b tắt màn · q thoát ",
                             "Space/→ next · ← back · 1–\(min(count, 9)) jump · p pause · f freeze · b blank · q quit ")
        let short = "Space/→ ← 1–\(min(count, 9)) p f b q "
        for hint in [keys, short] where b.width - TextWidth.of(hint) > x + 2 {
            b.write(hint, x: b.width - TextWidth.of(hint), y: y, style: s.bar)
            break
        }
    }
}
