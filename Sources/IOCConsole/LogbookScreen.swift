import IOCDomain
import TUIWidgets

/// The state of the logbook screen: the filter, the entries it found, and the selection.
public struct LogbookScreen: Sendable, Hashable {
    public var query: LogQuery
    public var entries: [LogEntry]
    public var loading: Bool
    public var table: TableState

    public init(query: LogQuery = LogQuery(limit: 500), entries: [LogEntry] = [], loading: Bool = true) {
        self.query = query; self.entries = entries; self.loading = loading
        self.table = TableState()
        self.table.selected = 0
    }
}
