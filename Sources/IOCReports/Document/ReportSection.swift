/// One section of a report: its numbered title, then, unless the reader may not see its domain (`withheld`), its
/// tables, charts and the rules its figures follow (`notes`).
public struct ReportSection: Sendable {
    /// A stable name for programs (`alarms`, `dossiers` …); CSV and JSON use it.
    public var id: String
    public var title: String
    /// Said in place of the figures when the reader may not see this domain.
    public var withheld: String?
    public var tables: [ReportTable]
    public var charts: [ReportChart]
    public var notes: [String]

    public init(id: String, title: String, withheld: String? = nil, tables: [ReportTable] = [], charts: [ReportChart] = [],
                notes: [String] = []) {
        self.id = id; self.title = title; self.withheld = withheld; self.tables = tables; self.charts = charts
        self.notes = notes
    }
}
