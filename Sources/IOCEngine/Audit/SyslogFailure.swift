/// Why records could not be forwarded to the SOC collector (they wait in the database and go later).
struct SyslogFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
