import IOCDomain

/// One alarm action the console asks the store to apply.
public struct AlarmCommand: Sendable, Hashable {
    public var alarmID: String
    public var input: AlarmInput

    public init(alarmID: String, input: AlarmInput) {
        self.alarmID = alarmID; self.input = input
    }
}
