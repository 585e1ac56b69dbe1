import Foundation

/// Everything that can happen to a scenario run; every input carries its time (the machine reads no clock).
public enum RunInput: Sendable, Hashable {
    case accept(by: Actor, at: Date)
    case decline(by: Actor, at: Date, reason: String)
    case startStep(String, by: Actor, at: Date)
    case completeStep(String, by: Actor, at: Date, evidence: RunEvidence)
    case skipStep(String, by: Actor, at: Date, reason: String)
    /// A decision step answered with one of its branches: the step is done and the run enters the branch's stage.
    case decide(String, branch: String, by: Actor, at: Date, note: String?)
    case enterStage(String, by: Actor, at: Date)
    case note(by: Actor, at: Date, text: String)
    /// Time passing: steps of entered stages whose due time is past go overdue (one timeline row each).
    case tick(at: Date)
    case close(by: Actor, at: Date, note: String?)
    case cancel(by: Actor, at: Date, reason: String)

    public var at: Date {
        switch self {
        case .accept(_, let at), .decline(_, let at, _), .startStep(_, _, let at), .completeStep(_, _, let at, _),
             .skipStep(_, _, let at, _), .decide(_, _, _, let at, _), .enterStage(_, _, let at), .note(_, let at, _),
             .tick(let at), .close(_, let at, _), .cancel(_, let at, _):
            return at
        }
    }

    /// Who acted, or nil for time passing.
    public var actor: Actor? {
        switch self {
        case .accept(let by, _), .decline(let by, _, _), .startStep(_, let by, _), .completeStep(_, let by, _, _),
             .skipStep(_, let by, _, _), .decide(_, _, let by, _, _), .enterStage(_, let by, _), .note(let by, _, _),
             .close(let by, _, _), .cancel(let by, _, _):
            return by
        case .tick:
            return nil
        }
    }

    /// The input's name, for tests and logs.
    public var name: String {
        switch self {
        case .accept: return "accept"
        case .decline: return "decline"
        case .startStep: return "startStep"
        case .completeStep: return "completeStep"
        case .skipStep: return "skipStep"
        case .decide: return "decide"
        case .enterStage: return "enterStage"
        case .note: return "note"
        case .tick: return "tick"
        case .close: return "close"
        case .cancel: return "cancel"
        }
    }
}
