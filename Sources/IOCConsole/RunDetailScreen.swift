import IOCDomain
import TUIWidgets

/// The state of a scenario run's screen: which run (its live state comes with every dashboard read), its timeline
/// as last read, and the selected step.
public struct RunDetailScreen: Sendable, Hashable {
    public var runID: String
    /// The run as last read (the dashboard's copy replaces it while the run is open; a closed run keeps this one).
    public var run: ScenarioRun?
    public var timeline: [RunTimelineEntry]
    public var loading: Bool
    /// The selected step row.
    public var table: TableState

    public init(runID: String, run: ScenarioRun? = nil) {
        self.runID = runID; self.run = run; self.timeline = []; self.loading = true
        self.table = TableState()
        self.table.selected = 0
    }
}
