/// What the run machine made of an input: the new run and its timeline rows (a tick may write several), or a
/// refusal with its reason.
public enum RunDecision: Sendable, Hashable {
    case applied(ScenarioRun, [RunTimelineEntry])
    case rejected(RunRefusal)

    public var run: ScenarioRun? {
        if case .applied(let run, _) = self { return run }
        return nil
    }

    public var entries: [RunTimelineEntry] {
        if case .applied(_, let entries) = self { return entries }
        return []
    }

    public var refusal: RunRefusal? {
        if case .rejected(let refusal) = self { return refusal }
        return nil
    }
}
