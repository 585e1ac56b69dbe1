import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Builds each panel kind's table from the dashboard. Pure; used by the view to draw and by the update to know
/// how many rows there are and where Enter leads.
enum PanelContent {
    static func table(for kind: PanelKind, model: ConsoleModel) -> PanelTable {
        guard let d = model.dashboard else { return PanelTable(columns: []) }
        let lang = model.language
        // A domain the account may not see: said on the panel, never silently empty.
        if let domain = kind.domain, d.hidden?.domains.contains(domain) == true {
            return PanelTable(summary: HiddenData.shortPanelText(lang), columns: [])
        }
        switch kind {
        case .socioEconomic: return readings(d.socioEconomic, d: d, model: model, showTarget: true)
        case .publicOrder: return publicOrder(d, model: model)
        case .government: return government(d, lang: lang)
        case .feedback: return feedback(d, lang: lang)
        case .sources: return sources(d, model: model)
        case .directives: return directives(d, model: model)
        case .incidents: return incidents(d, model: model)
        case .alarms: return AlarmListContent.table(d, model: model)
        }
    }

    // MARK: Socio-economic and measurements

    static func readings(_ list: [KPIReading], d: DashboardSnapshot, model: ConsoleModel, showTarget: Bool) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            // A series name is its metric and its place ("Chỉ số ùn tắc – Đường Lạch Tray", "VN_AQI – Trạm Lê Chân"):
            // narrow, the metric shortens and the place, which tells the rows apart, stays whole.
            TableColumn(title: lang.pick("Chỉ tiêu", "Indicator"), width: .fill(1), headSeparator: SeriesDefinition.placeSeparator),
            TableColumn(title: lang.pick("Giá trị", "Value"), width: .fixed(10), alignment: .right),
            TableColumn(title: lang.pick("Đơn vị", "Unit"), width: .fixed(9)),
            TableColumn(title: showTarget ? lang.pick("% KH", "% plan") : lang.pick("Đánh giá", "Status"), width: .fixed(12)),
            TableColumn(title: lang.pick("Xu hướng", "Trend"), width: .fixed(10)),
        ])
        t.dropOrder = [4, 3, 2]
        for r in list {
            let stale = ReadingAssessment.isStale(r, sources: d.sources, now: model.now)
            let sev = ReadingAssessment.severity(r, stale: stale)
            let name = lang.pick(r.definition.name, r.definition.nameEN)
            var fourth = TableCell(ReadingAssessment.word(r, severity: sev, language: lang))
            if showTarget, let target = r.definition.target, target != 0, let v = r.latest {
                if r.definition.direction == .lowerIsBetter {
                    // A ceiling (e.g. CPI ≤ 4,5%): say whether it holds, not a meaningless "% of plan".
                    fourth = TableCell("≤" + lang.numberStyle.auto(target) + (v <= target ? " ✓" : " ✖"))
                } else {
                    fourth = .number(lang.numberStyle.format(v / target * 100, decimals: 0) + "%", v / target * 100)
                }
            }
            let spark = SparkText.render(r.history.suffix(8).map { $0 }, width: 8)
            if let gauge = d.waterLevels.first(where: { $0.station.seriesKey == r.definition.key }) {
                // A river gauge as bulletins state it: the nearest official level and the signed difference, its
                // direction from a robust trend, severity by the level reached.
                let severity = WaterLevelText.severity(gauge, stale: stale)
                t.append([TableCell(name), .number(ReadingAssessment.valueText(r, language: lang), r.latest),
                          TableCell(UnitName.text(r.definition.unit, lang)), TableCell(WaterLevelText.cell(gauge, lang)),
                          TableCell(gauge.direction.arrow + " " + spark)], severity: severity, target: .series(r))
                continue
            }
            let trend = ReadingAssessment.trend(r.history) ?? .flat
            // A projected series: the last two hours and the next three, hourly, on one scale ("▂▃▅›▆▇█").
            let projected = ProjectionText.hourlyValues(r).map { SparkText.render($0.past, then: $0.ahead) }
            t.append([TableCell(name), .number(ReadingAssessment.valueText(r, language: lang), r.latest),
                      TableCell(UnitName.text(r.definition.unit, lang)), fourth, TableCell(trend.glyph + " " + (projected ?? spark))],
                     severity: sev, target: .series(r))
        }
        return t
    }

    static func publicOrder(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = readings(sortedBySeverity(d.publicOrder, d: d, now: model.now), d: d, model: model, showTarget: false)
        let keys = IncidentCategory.ordered(d.openIncidentsByCategory.keys)
        let parts = keys.map { "\(IncidentCategory.name($0, lang)) \(d.openIncidentsByCategory[$0] ?? 0)" }
        let total = d.openIncidentsByCategory.values.reduce(0, +)
        // One " · " segment per category, so that a narrow panel drops whole ones ("Tai nạn giao thông 2"), never a count.
        t.summary = ([lang.pick("Sự cố đang xử lý \(total)", "Open incidents \(total)")] + parts).joined(separator: " · ")
        let serious = IncidentCategory.serious.reduce(0) { $0 + (d.openIncidentsByCategory[$1.rawValue] ?? 0) }
        t.summarySeverity = serious > 0 ? .warning : .normal
        return t
    }

    private static func sortedBySeverity(_ list: [KPIReading], d: DashboardSnapshot, now: Date) -> [KPIReading] {
        // A river gauge by the official level it has reached (its row's own severity), everything else by its limits.
        func severity(_ r: KPIReading) -> Severity {
            let stale = ReadingAssessment.isStale(r, sources: d.sources, now: now)
            if let gauge = d.waterLevels.first(where: { $0.station.seriesKey == r.definition.key }) {
                return WaterLevelText.severity(gauge, stale: stale)
            }
            return ReadingAssessment.severity(r, stale: stale)
        }
        return list.enumerated().sorted { a, b in
            let sa = severity(a.element), sb = severity(b.element)
            if sa != sb { return sa.rawValue > sb.rawValue }
            return a.offset < b.offset
        }.map(\.element)
    }

    // MARK: Government performance

    static func government(_ d: DashboardSnapshot, lang: Language) -> PanelTable {
        let n = lang.numberStyle
        let total = d.governmentTotal
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: lang.pick("Tiếp nhận", "Received"), width: .fixed(10), alignment: .right),
            TableColumn(title: lang.pick("Đang XL", "Open"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Trễ hạn", "Late"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Sắp trễ", "Due 24h"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Đúng hạn", "On time"), width: .fixed(9), alignment: .right),
        ])
        t.dropOrder = [1, 2, 4]
        // Open, not yet late, more likely late than not from the same procedure's past (issue 18): when some agency has
        // an estimate (a store with too little history has none, and a column of dashes says nothing).
        let risky = d.government.contains { $0.atRisk != nil }
        if risky {
            t.columns.append(TableColumn(title: lang.pick("Nguy cơ trễ", "At risk"), width: .fixed(11), alignment: .right))
            t.dropOrder = [1, 2, 6, 4]
        }
        let rate = total.onTimeRate
        // "Đang quá hạn" is what the status bar's HS counts (late and still open): said first, so the two agree; "Trễ"
        // also counts dossiers finished late.
        t.summary = lang.pick("Đúng hạn \(n.percent(rate)) (mục tiêu \(KPITarget.dossiersOnTime.text(compact: true))) · Đang quá hạn \(n.format(total.lateInProgress)) · Sắp trễ hạn \(n.format(total.dueSoon)) · Trễ \(n.format(total.lateInProgress + total.doneLate)) · Đang xử lý \(n.format(total.inProgress))",
                              "On time \(n.percent(rate)) (target \(KPITarget.dossiersOnTime.text(compact: true))) · Overdue now \(n.format(total.lateInProgress)) · Due in 24h \(n.format(total.dueSoon)) · Late \(n.format(total.lateInProgress + total.doneLate)) · Open \(n.format(total.inProgress))")
        t.summarySeverity = severity(onTime: rate)
        if let atRisk = total.atRisk {
            t.summary! += " · " + lang.pick("Nguy cơ trễ \(n.format(atRisk))", "At risk \(n.format(atRisk))")
        }
        if let intake = ProjectionText.intake(d, .government).flatMap({ ProjectionText.dayTotal($0, lang) }) {
            t.summary! += " · " + lang.pick("Tiếp nhận: ", "Received: ") + intake
        }
        let sorted = d.government.sorted { ($0.onTimeRate ?? 101) < ($1.onTimeRate ?? 101) }
        for a in sorted {
            // Items due within 24 h are what operators chase first: they lift an otherwise normal row to a warning.
            let rateSeverity = severity(onTime: a.onTimeRate)
            let sev: Severity = a.dueSoon > 0 && rateSeverity == .normal ? .warning : rateSeverity
            t.append([TableCell(agencyLabel(a.agencyCode, a.agencyName(lang), lang)), .number(n.format(a.workload), a.workload),
                      .number(n.format(a.inProgress), a.inProgress), .number(n.format(a.lateInProgress + a.doneLate), a.lateInProgress + a.doneLate),
                      .number(n.format(a.dueSoon), a.dueSoon), .number(n.percent(a.onTimeRate), a.onTimeRate)]
                     + (risky ? [a.atRisk.map { .number(n.format($0), $0) } ?? TableCell("–")] : []), severity: sev,
                     target: .events(kind: .dossier, agencyCode: a.agencyCode, title: a.agencyName(lang)))
        }
        return t
    }

    /// Items with no agency are grouped under the empty code: name them rather than show a blank row.
    static func agencyLabel(_ code: String, _ name: String, _ lang: Language) -> String {
        code.isEmpty || name.isEmpty ? lang.pick("(chưa phân công)", "(unassigned)") : AgencyShortName.of(name)
    }

    static func severity(onTime rate: Double?) -> Severity {
        guard let r = rate else { return .normal }
        switch KPITarget.dossiersOnTime.verdict(r) {
        case .met: return .normal
        case .missed: return .warning
        case .seriouslyMissed: return .critical
        }
    }

    // MARK: Citizen feedback

    static func feedback(_ d: DashboardSnapshot, lang: Language) -> PanelTable {
        let n = lang.numberStyle
        let total = d.feedbackTotal
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: lang.pick("Tiếp nhận", "Received"), width: .fixed(10), alignment: .right),
            TableColumn(title: lang.pick("Đang XL", "Open"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Đã XL", "Resolved"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Quá hạn", "Overdue"), width: .fixed(8), alignment: .right),
            TableColumn(title: lang.pick("Sắp QH", "Due 24h"), width: .fixed(8), alignment: .right),
        ])
        t.dropOrder = [3, 1, 2]
        t.summary = lang.pick("Tiếp nhận \(n.format(total.received)) · Đã chuyển xử lý \(n.percent(total.routedRate)) (mục tiêu 100%) · Quá hạn \(n.format(total.overdue)) · Sắp quá hạn \(n.format(total.dueSoon))",
                              "Received \(n.format(total.received)) · Routed \(n.percent(total.routedRate)) (target 100%) · Overdue \(n.format(total.overdue)) · Due in 24h \(n.format(total.dueSoon))")
        t.summarySeverity = total.overdue > 0 ? .warning : .normal
        if let intake = ProjectionText.intake(d, .feedback).flatMap({ ProjectionText.dayTotal($0, lang) }) {
            t.summary! += " · " + lang.pick("Tiếp nhận: ", "Received: ") + intake
        }
        let sorted = d.feedback.sorted { ($0.overdue, $0.dueSoon, $0.received) > ($1.overdue, $1.dueSoon, $1.received) }
        for f in sorted {
            let sev: Severity = f.overdue > 0 ? .warning : .normal
            t.append([TableCell(agencyLabel(f.agencyCode, f.agencyName(lang), lang)), .number(n.format(f.received), f.received),
                      .number(n.format(f.inProgress), f.inProgress), .number(n.format(f.resolved), f.resolved),
                      .number(n.format(f.overdue), f.overdue), .number(n.format(f.dueSoon), f.dueSoon)], severity: sev,
                     target: .events(kind: .feedback, agencyCode: f.agencyCode, title: f.agencyName(lang)))
        }
        return t
    }

    // MARK: Sources, directives, incidents

    static func sources(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Nguồn", "Source"), width: .fill(1)),
            TableColumn(title: lang.pick("Trạng thái", "Status"), width: .fixed(14)),
            TableColumn(title: lang.pick("Cập nhật", "Updated"), width: .fixed(9), alignment: .right),
            TableColumn(title: lang.pick("Lỗi gần nhất", "Last error"), width: .fill(1)),
        ])
        t.dropOrder = [2, 3, 1]  // the status (glyph and word) outlives the last error on a narrow panel
        let down = d.sources.filter { $0.status == .down }.count
        let ok = d.sources.filter { $0.status == .ok }.count
        t.summary = lang.pick("\(ok)/\(d.sources.count) nguồn tốt", "\(ok)/\(d.sources.count) sources OK") +
            (down > 0 ? lang.pick(" · \(down) mất kết nối", " · \(down) down") : "") + lateText(d, lang) +
            PollerQueueText.summary(d.pollers, now: model.now, lang)
        t.summarySeverity = down > 0 ? .critical
            : (ok < d.sources.count || PollerQueueText.anyWaiting(d.pollers) ? .warning : .normal)
        let rank: [SourceStatus: Int] = [.down: 0, .late: 1, .degraded: 2, .unknown: 3, .ok: 4]
        let ordered = d.sources.enumerated().sorted { a, b in
            let ra = rank[a.element.status] ?? 4, rb = rank[b.element.status] ?? 4
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        for s in ordered {
            let seconds = s.lastSuccessAt.map { model.now.timeIntervalSince($0) }
            let age = TableCell(seconds.map(DataAge.format) ?? "–", value: seconds)
            let error = s.status == .ok ? "" : (s.lastError ?? "")
            t.append([TableCell(s.name(lang)), TableCell(StatusWords.source(s.status, lang)), age, TableCell(error)],
                     severity: StatusWords.severity(s.status), target: .source(s))
        }
        return t
    }

    static func directives(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        let n = lang.numberStyle
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Chỉ đạo", "Directive"), width: .fill(2)),
            TableColumn(title: lang.pick("Chủ trì", "Owner"), width: .fill(1)),
            TableColumn(title: lang.pick("Hạn", "Due"), width: .fixed(12)),
            TableColumn(title: lang.pick("Tiến độ", "Progress"), width: .fixed(9), alignment: .right),
        ])
        t.dropOrder = [1, 2]
        var overdue = 0, dueSoon = 0
        for e in d.directives {
            let status = DeadlineStatus.classify(e.event, now: model.now)
            let sev: Severity
            switch status {
            case .overdue: sev = .critical; overdue += 1
            case .dueSoon: sev = .warning; dueSoon += 1
            default: sev = .normal
            }
            let due = e.event.dueAt.map { VietnamTime.shortDateTime($0) } ?? "–"
            let progress = e.event.progress.map { n.format($0, decimals: 0) + "%" } ?? "–"
            t.append([TableCell(DirectiveText.subject(e.event.title(lang))),
                      TableCell(e.agencyName(lang).map(AgencyShortName.of) ?? e.event.agencyCode ?? "–"),
                      .time(due, e.event.dueAt), .number(progress, e.event.progress)],
                     severity: sev, target: .event(e))
        }
        // True counts from the store when present: the list holds only the most urgent directives.
        let open = d.directiveCounts?.open ?? d.directives.count
        if let c = d.directiveCounts { overdue = c.overdue; dueSoon = c.dueSoon }
        t.summary = lang.pick("\(n.format(open)) chỉ đạo đang thực hiện · quá hạn \(n.format(overdue)) · sắp đến hạn \(n.format(dueSoon))",
                              "\(n.format(open)) open directives · overdue \(n.format(overdue)) · due in 24h \(n.format(dueSoon))")
        t.summarySeverity = overdue > 0 ? .critical : (dueSoon > 0 ? .warning : .normal)
        return t
    }

    static func incidents(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Giờ", "Time"), width: .fixed(5)),
            TableColumn(title: lang.pick("Loại", "Type"), width: .fixed(12)),
            TableColumn(title: lang.pick("Sự cố", "Incident"), width: .fill(2)),
            TableColumn(title: lang.pick("Phường/xã", "Ward"), width: .fill(1)),
        ])
        t.dropOrder = [3, 1]
        for e in d.recentIncidents {
            let sev: Severity = e.event.status.isOpen ? ((e.event.severity ?? 4) <= 2 ? .critical : .warning) : .normal
            t.append([.time(String(VietnamTime.clock(e.event.openedAt).prefix(5)), e.event.openedAt),
                      TableCell(IncidentCategory.name(e.event.category, lang, short: true)), TableCell(e.event.title(lang)),
                      TableCell(e.wardName ?? "–")], severity: sev, target: .event(e))
        }
        return t
    }

    /// " · 1 trễ" when sources are late (nothing polls them), else "".
    static func lateText(_ d: DashboardSnapshot, _ lang: Language) -> String {
        let late = d.sources.filter { $0.status == .late }.count
        return late > 0 ? lang.pick(" · \(late) trễ", " · \(late) late") : ""
    }
}
