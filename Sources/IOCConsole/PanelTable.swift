import IOCDomain
import TUICore
import TUIWidgets

/// A panel's content as a table: a summary line, columns, rows, and where each row leads on Enter.
public struct PanelTable: Sendable {
    public var summary: String?
    public var summarySeverity: Severity
    public var columns: [TableColumn]
    public var rows: [TableRow]
    public var targets: [DrillTarget?]

    public init(summary: String? = nil, summarySeverity: Severity = .normal, columns: [TableColumn],
                rows: [TableRow] = [], targets: [DrillTarget?] = []) {
        self.summary = summary; self.summarySeverity = summarySeverity; self.columns = columns
        self.rows = rows; self.targets = targets
    }

    mutating func append(_ cells: [String], severity: Severity = .normal, target: DrillTarget? = nil) {
        rows.append(TableRow(cells: cells, severity: severity))
        targets.append(target)
    }
}
