import IOCDomain

/// How a department's own status words become an `EventStatus`.
public struct StatusMapping: Sendable, Hashable {
    public var path: FieldPath
    /// Source value (as text) → status. Values already spelled as an `EventStatus` need no entry.
    public var values: [String: EventStatus]
    /// Status for values not in `values`; nil makes such a record invalid.
    public var fallback: EventStatus?

    public init(path: FieldPath, values: [String: EventStatus] = [:], fallback: EventStatus? = nil) {
        self.path = path; self.values = values; self.fallback = fallback
    }

    /// The status for a source value.
    public func status(for text: String) -> EventStatus? {
        values[text] ?? EventStatus(rawValue: text) ?? fallback
    }
}
