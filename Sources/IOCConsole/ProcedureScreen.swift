import IOCDomain

/// An alarm's response procedure, when no run of its scenario is open: the scenario's procedure text and its steps;
/// Enter starts a run by hand.
public struct ProcedureScreen: Sendable, Hashable {
    public var alarm: Alarm
    public var template: ScenarioTemplate

    public init(alarm: Alarm, template: ScenarioTemplate) {
        self.alarm = alarm; self.template = template
    }
}
