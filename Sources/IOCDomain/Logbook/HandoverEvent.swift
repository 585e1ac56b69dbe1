/// What someone asks of the handover machine (`HandoverMachine`).
public enum HandoverEvent: Sendable, Hashable {
    /// The outgoing operator starts a handover; `narrative` nil asks only whether they may (the console, before it
    /// asks for the narrative).
    case start(by: Actor, narrative: String?)
    /// The incoming operator accepts handover `id`; `record` is what the asker knows of it (nil: none by that id).
    case accept(id: Int64, record: HandoverSummary?, by: Actor, reservations: HandoverReservations)
}

/// Reservations with an acceptance.
public enum HandoverReservations: Sendable, Hashable {
    case none
    /// With reservations not yet written (the console, before it asks for them).
    case toBeWritten
    case written(String)
}

/// What the handover machine needs to know of a handover record.
public struct HandoverSummary: Sendable, Hashable {
    public var state: HandoverState
    public var outgoing: Actor

    public init(state: HandoverState, outgoing: Actor) {
        self.state = state; self.outgoing = outgoing
    }

    public init(_ record: HandoverRecord) {
        self.init(state: record.state, outgoing: record.outgoing)
    }
}

/// Who is on duty and which handover waits for acceptance, as the handover machine reads the floor.
public struct HandoverFloor: Sendable, Hashable {
    public var onDuty: Actor?
    /// The id of the handover awaiting acceptance (at most one).
    public var pending: Int64?

    public init(onDuty: Actor?, pending: Int64?) {
        self.onDuty = onDuty; self.pending = pending
    }
}

/// What the handover machine made of an event.
public enum HandoverDecision: Sendable, Hashable {
    /// May start; the narrative as it is to be stored (clean), nil when none was given yet.
    case start(narrative: String?)
    /// May accept, into this state; the reservations as they are to be stored.
    case accept(HandoverState, reservations: String?)
    case refused(LogbookRefusal)

    public var refusal: LogbookRefusal? {
        if case .refused(let why) = self { return why }
        return nil
    }
}
