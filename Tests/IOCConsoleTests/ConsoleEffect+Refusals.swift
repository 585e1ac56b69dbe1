import IOCConsole
import IOCDomain

extension Array where Element == ConsoleEffect {
    /// The audit actions of the refusals among these effects (`alarm.acknowledge`, `log.add`, …), in order; other
    /// effects are left out, so `[]` means nothing was refused-and-recorded.
    var refusedActions: [String] {
        compactMap { if case .recordRefusal(let action, _, _, _, _) = $0 { return action.rawValue } else { return nil } }
    }
}
