/// What one observation says about a series rule's condition.
enum RuleReading {
    /// Beyond the limit, with the value the rule measured (a reading, a rate, a deviation).
    case beyond(Double)
    /// Not beyond the limit, but not back inside it by the deadband either: an active alarm stays active.
    case between
    /// Back inside the limit by the deadband, with the measured value.
    case clear(Double)
    /// Nothing can be said (bad quality, no baseline, too short a span for a rate).
    case unknown
}
