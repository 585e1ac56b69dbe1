/// The alarm response procedure ISA-18.2 asks to be "readily accessible to the operator", one key from the alarm:
/// its potential causes, the consequence of doing nothing, the operator's action, and the time allowed to respond.
public struct AlarmResponseProcedure: Sendable, Hashable, Codable {
    public var causes: BilingualText
    public var consequence: BilingualText
    public var action: BilingualText
    /// Seconds the operator has to respond.
    public var responseTime: Double

    public init(causes: BilingualText, consequence: BilingualText, action: BilingualText, responseTime: Double) {
        self.causes = causes; self.consequence = consequence; self.action = action; self.responseTime = responseTime
    }
}
