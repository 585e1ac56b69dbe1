/// A table of figures: columns with a key for programs and a label for people, rows of cells that carry both the
/// text a person reads and the value a program reads (`ReportCell`).
public struct ReportTable: Sendable {
    /// The table's name in CSV and JSON (`alarms`, `alarm_load` …).
    public var id: String
    /// A heading over the table when its section has several.
    public var title: String?
    public var columns: [ReportColumn]
    public var rows: [[ReportCell]]
    /// Rows after the first this many are left out of the forms people read (Markdown, HTML), with a line that says
    /// so; CSV and JSON always have every row.
    public var readableRows: Int?

    public init(id: String, title: String? = nil, columns: [ReportColumn], rows: [[ReportCell]], readableRows: Int? = nil) {
        self.id = id; self.title = title; self.columns = columns; self.rows = rows; self.readableRows = readableRows
    }
}
