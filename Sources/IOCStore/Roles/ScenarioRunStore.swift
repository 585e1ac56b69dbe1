import Foundation
import IOCDomain

/// The store as operating scenario runs use it (issue 18): starting a run, applying an operator's or time's input
/// through the run machine, and the reads of runs and their timelines.
public protocol ScenarioRunStore: AnyObject, Sendable {
    func startRun(_ template: ScenarioTemplate, at: Date, by: Actor, alarmID: String?, exercise: Bool,
                  byHand: Bool, pattern: ShiftPattern) throws -> ScenarioRun
    func applyRunInput(_ input: RunInput, runID: String, pattern: ShiftPattern) throws -> RunDecision
    func tickRuns(at: Date) throws -> [(run: ScenarioRun, entries: [RunTimelineEntry])]
    func runs(states: Set<RunState>?, limit: Int) throws -> [ScenarioRun]
    func run(id: String) throws -> ScenarioRun?
    func runTimeline(id: String) throws -> [RunTimelineEntry]
}
