import IOCDomain
import TUIWidgets

/// The sources screen keeps its selection on a source, not on a row: rows go worst first and move as sources fail
/// and recover, and `p` must pause the source the operator chose, not whichever moved into its row.
extension ConsoleUpdate {
    /// The id of the source selected on the sources screen, when it is in front.
    static func selectedSourceOnList(_ m: ConsoleModel) -> String? {
        guard case .sourceList? = m.screens.last, case .source(let s)? = selectedTarget(m) else { return nil }
        return s.sourceID
    }

    /// Moves the sources screen's selection to the row of source `id` (after the rows were read again).
    static func reselectSource(_ m: inout ConsoleModel, _ id: String) {
        guard case .sourceList? = m.screens.last, let d = m.dashboard else { return }
        var state = m.state(of: sourceScreenStateID)
        let table = SortedTable(SourceListContent.table(d, model: m), state: state)
        guard let row = (0..<d.sources.count).first(where: {
            if case .source(let s)? = table.target(at: $0) { return s.sourceID == id }
            return false
        }) else { return }
        state.moveSelection(by: row - (state.selected ?? 0), rowCount: d.sources.count, visibleRows: visibleRowsOfScreen(m))
        m.panelStates[sourceScreenStateID] = state
    }
}
