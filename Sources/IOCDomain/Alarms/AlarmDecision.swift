/// What the state machine made of an input: the new alarm and its timeline row, or a refusal with its reason.
public enum AlarmDecision: Sendable, Hashable {
    case applied(Alarm, AlarmTimelineEntry)
    /// The input was refused and nothing changed; the reason in both languages, ready for the status line.
    case rejected(AlarmRefusal)

    /// The alarm after the input, or nil when refused.
    public var alarm: Alarm? {
        if case .applied(let alarm, _) = self { return alarm }
        return nil
    }

    /// The timeline row, or nil when refused.
    public var entry: AlarmTimelineEntry? {
        if case .applied(_, let entry) = self { return entry }
        return nil
    }

    /// The refusal's reason in Vietnamese, or nil when applied.
    public var rejection: String? { rejection(.vi) }

    /// The refusal's reason in English or Vietnamese, or nil when applied.
    public func rejection(_ language: Language) -> String? {
        if case .rejected(let reason) = self { return reason.text(language) }
        return nil
    }
}
