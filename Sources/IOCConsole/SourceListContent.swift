import Foundation
import IOCDomain
import TUIWidgets

/// The sources screen (F6): every source in one table, the worst first, with what the Data sources panel has no room
/// for — kind, latency, today's error rate and records, and how its connection is protected (an unverified or
/// plain connection carries a warning mark).
enum SourceListContent {
    static func table(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        let n = lang.numberStyle
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Nguồn", "Source"), width: .fill(2)),
            TableColumn(title: lang.pick("Loại", "Kind"), width: .fixed(12)),
            TableColumn(title: lang.pick("Trạng thái", "Status"), width: .fixed(14)),
            TableColumn(title: lang.pick("Tốt lúc", "Last good"), width: .fixed(10), alignment: .right),
            TableColumn(title: lang.pick("Độ trễ", "Latency"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Lỗi/ngày", "Err/day"), width: .fixed(9), alignment: .right),
            TableColumn(title: lang.pick("Bản ghi", "Records"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Kết nối", "Connection"), width: .fixed(14)),
            TableColumn(title: lang.pick("Lỗi gần nhất", "Last error"), width: .fill(3)),
        ])
        // On a narrow screen the figures go first; the state, the connection's warning and the error stay.
        t.dropOrder = [6, 4, 5, 1, 3, 7]
        t.minFill = 16
        let base = PanelContent.sources(d, model: model)
        t.summary = base.summary
        t.summarySeverity = base.summarySeverity
        for (row, target) in zip(base.rows, base.targets) {
            guard case .source(let s)? = target else { continue }
            let today = s.today(at: model.now)
            let seconds = s.lastSuccessAt.map { model.now.timeIntervalSince($0) }
            let latency = s.lastDurationMs.map(Self.latency(lang)) ?? "–"
            let rate = s.errorRate(at: model.now)
            let state = s.isPaused ? lang.pick("⏸ Tạm dừng", "⏸ Paused") : StatusWords.source(s.status, lang)
            t.append([
                TableCell(s.name(lang)), TableCell(s.kind), TableCell(state),
                TableCell(seconds.map(DataAge.format) ?? "–", value: seconds),
                TableCell(latency, value: s.lastDurationMs),
                TableCell(rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "–", value: rate),
                TableCell(n.format(today.records), value: Double(today.records)),
                TableCell(s.transportSecurity?.shortLabel(lang) ?? "–"),
                TableCell(s.status == SourceStatus.ok ? "" : (s.lastError ?? "")),
            ], severity: row.severity, target: target)
        }
        return t
    }

    /// "<1 ms", "35 ms", "1,5 s": a slow poll in seconds, so that it fits the column and reads at a glance.
    static func latency(_ lang: Language) -> (Double) -> String {
        { ms in
            if ms < 1 { return "<1 ms" }
            if ms < 1000 { return "\(Int(ms.rounded())) ms" }
            return lang.numberStyle.format(ms / 1000, decimals: 1) + " s"
        }
    }
}
