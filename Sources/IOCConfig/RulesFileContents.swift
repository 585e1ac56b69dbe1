import Foundation

/// Everything the rules file states: the alarm rules and, when it has a `projections:` section, the series to
/// project ahead.
public struct RulesFileContents: Sendable, Hashable {
    public var rules: [AlarmRule]
    public var projections: ProjectionSettings?

    public init(rules: [AlarmRule], projections: ProjectionSettings? = nil) {
        self.rules = rules
        self.projections = projections
    }
}
