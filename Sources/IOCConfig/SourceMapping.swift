/// Where the records are in a response and what each record becomes.
public struct SourceMapping: Sendable, Hashable {
    /// What a record becomes.
    public enum Target: Sendable, Hashable {
        case observations(ObservationMapping)
        case events(EventMapping)
    }

    /// Dotted path to the records array (empty: the response itself is the array).
    public var records: FieldPath
    public var target: Target

    public init(records: FieldPath, target: Target) { self.records = records; self.target = target }
}
