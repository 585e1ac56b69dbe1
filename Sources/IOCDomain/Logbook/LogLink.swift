/// A link of a log entry to something in the data (an agency, a ward, an alarm), as a refusal names it when the
/// store does not know it.
public enum LogLink: Sendable, Hashable {
    case agency(String)
    case ward(String)
    /// As written: a public number (`A17`) or a stable key.
    case alarm(String)

    public func text(_ language: Language) -> String {
        switch self {
        case .agency(let code): return language.pick("cơ quan \(code)", "agency \(code)")
        case .ward(let code): return language.pick("phường/xã \(code)", "ward \(code)")
        case .alarm(let reference): return language.pick("cảnh báo \(reference)", "alarm \(reference)")
        }
    }
}
