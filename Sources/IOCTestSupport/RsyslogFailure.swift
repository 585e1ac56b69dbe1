/// rsyslogd could not be started as asked.
public struct RsyslogFailure: Error, CustomStringConvertible {
    public let description: String
}
