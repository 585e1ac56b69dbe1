/// One entry in an event log: when, what, and how serious.
public struct EventLogLine: Sendable, Hashable {
    public var time: String
    public var text: String
    public var severity: Severity

    public init(time: String, text: String, severity: Severity = .normal) {
        self.time = time
        self.text = text
        self.severity = severity
    }
}
