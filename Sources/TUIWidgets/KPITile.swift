import TUICore

/// One indicator: label, value and unit, trend arrow, target and note, and a sparkline of its history.
public struct KPITile: Sendable {
    public var label: String
    public var value: String
    public var unit: String
    public var target: String?
    public var trend: Trend
    public var history: [Double]
    public var severity: Severity
    public var note: String?
    public var styles: WidgetStyles

    public init(label: String, value: String, unit: String, target: String? = nil, trend: Trend = .flat,
                history: [Double] = [], severity: Severity = .normal, note: String? = nil, styles: WidgetStyles) {
        self.label = label
        self.value = value
        self.unit = unit
        self.target = target
        self.trend = trend
        self.history = history
        self.severity = severity
        self.note = note
        self.styles = styles
    }

    /// One row: "! label …  value unit ▲"; taller: label row, value row, target · note row, then the sparkline
    /// in the remaining rows. Never draws outside `area`; the value wins over the label when space is short.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let valueStyle = severity == .normal ? styles.accent.patched(with: Style(attributes: .bold))
            : styles.style(for: severity).patched(with: Style(attributes: .bold))
        if area.height == 1 {
            renderCompact(into: &buffer, area: area, valueStyle: valueStyle)
            return
        }
        // Row 0: status glyph + label, trend arrow at the right.
        var x = area.x
        if severity != .normal {
            x += buffer.write(severity.glyph + " ", x: x, y: area.y, style: styles.style(for: severity),
                              maxWidth: area.maxX - x)
        }
        let labelRoom = area.maxX - x - 2
        if labelRoom > 0 {
            buffer.write(TextWidth.truncate(label, to: labelRoom), x: x, y: area.y, style: styles.muted)
        }
        if area.width >= 2 { buffer.write(trend.glyph, x: area.maxX - 1, y: area.y, style: styles.text) }
        // Row 1: value and unit.
        let y1 = area.y + 1
        let valueText = TextWidth.truncate(value, to: area.width)
        var vx = area.x + buffer.write(valueText, x: area.x, y: y1, style: valueStyle, maxWidth: area.width)
        if !unit.isEmpty, area.maxX - vx >= 2 {
            vx += buffer.write(" ", x: vx, y: y1, style: styles.text)
            buffer.write(TextWidth.truncate(unit, to: area.maxX - vx), x: vx, y: y1, style: styles.muted)
        }
        guard area.height >= 3 else { return }
        // Row 2: target and note.
        var nextRow = area.y + 2
        let detail = [target, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        if !detail.isEmpty {
            buffer.write(TextWidth.truncate(detail, to: area.width), x: area.x, y: nextRow, style: styles.muted)
            nextRow += 1
        }
        // Remaining rows: the sparkline.
        if !history.isEmpty, nextRow < area.maxY {
            let sparkStyle = severity == .normal ? styles.muted : styles.style(for: severity)
            Sparkline(values: history, style: sparkStyle)
                .render(into: &buffer, area: Rect(x: area.x, y: nextRow, width: area.width, height: area.maxY - nextRow))
        }
    }

    private func renderCompact(into buffer: inout Buffer, area: Rect, valueStyle: Style) {
        let y = area.y
        let arrowWidth = area.width >= 4 ? 2 : 0
        let rightRoom = area.width - arrowWidth
        let valueWidth = TextWidth.of(value)
        let unitText = unit.isEmpty ? "" : " " + TextWidth.sanitize(unit)
        var shownValue = TextWidth.sanitize(value)
        var shownUnit = unitText
        if valueWidth + TextWidth.of(unitText) > rightRoom {
            shownUnit = ""
            if valueWidth > rightRoom { shownValue = TextWidth.truncate(value, to: rightRoom) }
        }
        let rightWidth = TextWidth.of(shownValue) + TextWidth.of(shownUnit) + arrowWidth
        var leftRoom = area.width - rightWidth - 1
        var x = area.x
        if severity != .normal, leftRoom >= 2 {
            x += buffer.write(severity.glyph + " ", x: x, y: y, style: styles.style(for: severity))
            leftRoom -= 2
        }
        if leftRoom >= 1 {
            buffer.write(TextWidth.truncate(label, to: leftRoom), x: x, y: y, style: styles.muted)
        }
        var rx = area.maxX - rightWidth
        rx += buffer.write(shownValue, x: rx, y: y, style: valueStyle)
        rx += buffer.write(shownUnit, x: rx, y: y, style: styles.muted)
        if arrowWidth > 0 {
            buffer.write(" " + trend.glyph, x: rx, y: y, style: styles.text)
        }
    }
}
