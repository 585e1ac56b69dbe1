import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// The operating scenario runs under way, for the leaders: how many real runs are open, how many steps are late,
/// how many proposals wait; then one row per run — what, since when, how far, what is late, what comes next and by
/// whom. A drill is listed with its mark and never counted in the tiles.
enum RunsSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let runs = c.data.runs.filter { !$0.state.isFinal }
        let real = runs.filter { !$0.exercise }, drills = runs.count - real.count
        let late = real.reduce(0) { $0 + $1.overdueSteps.count }
        let proposed = real.filter { $0.state == .proposed }.count
        let open = real.reduce(0) { $0 + $1.openRequiredSteps.count }
        let tiles = [
            Headline(label: c.pick("Kịch bản đang chạy", "Runs under way"), value: c.numbers.format(real.count),
                     detail: drills > 0 ? c.pick("+\(drills) diễn tập", "+\(drills) drill\(drills == 1 ? "" : "s")") : c.pick("thật", "real"),
                     severity: real.isEmpty ? .normal : .warning,
                     status: real.isEmpty ? c.pick("✓ Không có", "✓ None") : Severity.warning.glyph + c.pick(" đang triển khai", " in progress")),
            Headline(label: c.pick("Bước quá hạn", "Steps overdue"), value: c.numbers.format(late), detail: c.pick("bước", "steps"),
                     severity: late > 0 ? .critical : .normal,
                     status: late > 0 ? Severity.critical.glyph + c.pick(" cần đôn đốc", " to chase") : c.pick("✓ Đúng hạn", "✓ On time")),
            Headline(label: c.pick("Bước bắt buộc còn mở", "Required steps open"), value: c.numbers.format(open), detail: c.pick("bước", "steps"),
                     severity: .normal, status: open > 0 ? "● " + c.pick("đang thực hiện", "being done") : c.pick("✓ Xong hết", "✓ All done")),
            Headline(label: c.pick("Đề xuất chờ chấp nhận", "Proposals waiting"), value: c.numbers.format(proposed),
                     detail: c.pick("kịch bản", "runs"), severity: proposed > 0 ? .warning : .normal,
                     status: proposed > 0 ? Severity.warning.glyph + c.pick(" chờ trực ban", " awaiting the operator") : c.pick("✓ Không có", "✓ None")),
        ]
        let (tileArea, band) = c.bands(area, tileShare: 0.35, tableRows: min(runs.count, c.top(6)))
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        c.caption(c.pick("Kịch bản — thật trước, quá hạn nhiều nhất trước · diễn tập không tính vào số liệu",
                         "Runs — real ones first, most overdue first · drills are not counted"), rest, &buffer)
        let ordered = runs.sorted { a, b in
            if a.exercise != b.exercise { return !a.exercise }
            if a.overdueSteps.count != b.overdueSteps.count { return a.overdueSteps.count > b.overdueSteps.count }
            return a.startedAt < b.startedAt
        }
        let rows = ordered.prefix(c.top(6)).map { r -> TableRow in
            let reached = r.reachedSteps
            let next = reached.filter { !$0.state.isFinished }.sorted { ($0.due ?? .distantFuture) < ($1.due ?? .distantFuture) }.first
            let nextText = next.map { s in
                s.step.title.text(c.language) + " (" + s.step.ownerText(c.language)
                    + (s.due.map { " · " + VietnamTime.clock($0).prefix(5) } ?? "") + ")"
            } ?? c.pick("—", "—")
            let severity: Severity = r.exercise ? .normal : (r.overdueSteps.isEmpty ? .warning : .critical)
            return TableRow(cells: [r.id, (r.exercise ? c.pick("[DIỄN TẬP] ", "[EXERCISE] ") : "") + r.title.text(c.language),
                                    "\(reached.filter(\.state.isFinished).count)/\(reached.count)",
                                    r.overdueSteps.isEmpty ? "0" : "⚠ \(r.overdueSteps.count)", nextText,
                                    DataAge.format(c.now.timeIntervalSince(r.startedAt))],
                            severity: severity)
        }
        let columns = [
            TableColumn(title: c.pick("Mã", "Id"), width: .fixed(6)),
            TableColumn(title: c.pick("Kịch bản", "Scenario"), width: .fill(2)),
            TableColumn(title: c.pick("Tiến độ", "Progress"), width: .fixed(9), alignment: .right),
            TableColumn(title: c.pick("Quá hạn", "Overdue"), width: .fixed(9), alignment: .right),
            TableColumn(title: c.pick("Việc tiếp theo", "Next step"), width: .fill(2)),
            TableColumn(title: c.pick("Đã chạy", "Running"), width: .fixed(10), alignment: .right),
        ]
        let tableArea = Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 2)
        if rows.isEmpty {
            buffer.write(c.pick("✓ Không có kịch bản nào đang chạy", "✓ No run under way"), x: tableArea.x, y: tableArea.y,
                         style: c.styles.widget.text, maxWidth: tableArea.width)
        } else {
            SlideTable(columns: columns, rows: rows, styles: c.styles).render(into: &buffer, area: tableArea)
        }
    }
}
