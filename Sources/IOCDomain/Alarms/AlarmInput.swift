import Foundation

/// Everything that can happen to an alarm: condition changes from rules (past tense), operator commands
/// (imperative), and timers that the engine's tick finds due. Time is always passed in.
public enum AlarmInput: Sendable, Hashable {
    /// The condition became active, or stays active with a new value; a more urgent priority is a re-alarm.
    /// `messageEN` is the same message in English, when the rule has one.
    case conditionRaised(value: Double?, message: String, messageEN: String? = nil, priority: AlarmPriority, at: Date)
    case conditionCleared(at: Date)
    /// Acknowledging an acknowledged alarm is refused with "đã xác nhận" and changes nothing.
    case acknowledge(by: Actor, at: Date, note: String?)
    /// Timed (`duration`, default `AlarmPolicy.defaultShelve`, at most `maxShelve`) or one-shot (until it clears).
    case shelve(by: Actor, at: Date, duration: TimeInterval?, reason: String, oneShot: Bool)
    case unshelve(by: Actor, at: Date)
    case shelveExpired(at: Date)
    /// Suppressed by design, e.g. parent "source down" active.
    case suppress(reason: String, at: Date)
    /// Suppressed by design because its parent alarm (`parentID`, e.g. its source down) is active.
    case suppressUnderParent(parentID: String, at: Date)
    case unsuppress(at: Date)
    /// Supervisor (or admin) only.
    case removeFromService(by: Actor, at: Date, reason: String)
    /// Supervisor (or admin) only.
    case returnToService(by: Actor, at: Date)
    case addNote(by: Actor, at: Date, text: String)
    case assign(by: Actor, at: Date, agencyCode: String)
    /// By an operator, or by `Actor.system` when the acknowledgement timeout passed.
    case escalate(by: Actor, at: Date, reason: String)
    /// By the system: unacknowledged for longer than the priority's escalation delay (`minutes`).
    case escalateUnacknowledged(minutes: Int, at: Date)
    /// Acknowledged but not resolved within the priority's timeout: back to Unacknowledged.
    case ackTimedOut(at: Date)
    /// An operator closes an acknowledged (or cleared, unacknowledged) alarm: Normal.
    case resolve(by: Actor, at: Date, note: String?)

    /// When the input happened.
    public var at: Date {
        switch self {
        case .conditionRaised(_, _, _, _, let at), .conditionCleared(let at), .acknowledge(_, let at, _),
             .shelve(_, let at, _, _, _), .unshelve(_, let at), .shelveExpired(let at), .suppress(_, let at),
             .suppressUnderParent(_, let at), .escalateUnacknowledged(_, let at),
             .unsuppress(let at), .removeFromService(_, let at, _), .returnToService(_, let at),
             .addNote(_, let at, _), .assign(_, let at, _), .escalate(_, let at, _), .ackTimedOut(let at),
             .resolve(_, let at, _):
            return at
        }
    }

    /// The person who acted, or nil for condition changes and timers.
    public var actor: Actor? {
        switch self {
        case .acknowledge(let by, _, _), .shelve(let by, _, _, _, _), .unshelve(let by, _),
             .removeFromService(let by, _, _), .returnToService(let by, _), .addNote(let by, _, _),
             .assign(let by, _, _), .escalate(let by, _, _), .resolve(let by, _, _):
            return by
        case .escalateUnacknowledged:
            return .system
        case .conditionRaised, .conditionCleared, .shelveExpired, .suppress, .unsuppress, .ackTimedOut,
             .suppressUnderParent:
            return nil
        }
    }

    /// A short name of the input's kind, for tables and logs ("acknowledge", "conditionRaised", …).
    public var name: String {
        switch self {
        case .conditionRaised: return "conditionRaised"
        case .conditionCleared: return "conditionCleared"
        case .acknowledge: return "acknowledge"
        case .shelve: return "shelve"
        case .unshelve: return "unshelve"
        case .shelveExpired: return "shelveExpired"
        case .suppress, .suppressUnderParent: return "suppress"
        case .unsuppress: return "unsuppress"
        case .removeFromService: return "removeFromService"
        case .returnToService: return "returnToService"
        case .addNote: return "addNote"
        case .assign: return "assign"
        case .escalate, .escalateUnacknowledged: return "escalate"
        case .ackTimedOut: return "ackTimedOut"
        case .resolve: return "resolve"
        }
    }
}
