/// The rules of a shift handover, pure: who may start one and when, who may accept it and how. The console asks it
/// before its prompts (so the operator is told at once) and the store asks it again in the write transaction (so
/// no screen can get round it); both show the same typed refusal. Table-tested like the alarm state machine
/// (`HandoverMachineTableTests`).
///
/// The rules, in the order they are checked:
/// - starting: a viewer cannot; not while another handover waits for acceptance; only who is on duty, or a
///   supervisor or admin for them; the narrative is required and at most `LogText.maxNarrativeCharacters`;
/// - accepting: a viewer cannot; the handover must exist and still wait for acceptance; neither the outgoing
///   operator nor whoever is on duty accepts it (names compared loosely: case, spaces, NFD); reservations only by a
///   supervisor or admin, written, at most `LogText.maxCharacters`.
public enum HandoverMachine {
    public static func decide(_ event: HandoverEvent, on floor: HandoverFloor) -> HandoverDecision {
        switch event {
        case .start(let by, let narrative):
            guard by.role.canAct else { return .refused(.viewerCannotHandOver) }
            if let pending = floor.pending { return .refused(.handoverPending(pending)) }
            if let duty = floor.onDuty, !duty.isSamePerson(as: by), !by.role.canChangeService {
                return .refused(.notOnDuty(duty.name))
            }
            guard let narrative else { return .start(narrative: nil) }
            let clean = LogText.clean(narrative)
            guard !clean.isEmpty else { return .refused(.narrativeMissing) }
            if let length = LogText.excess(clean, limit: LogText.maxNarrativeCharacters) {
                return .refused(.narrativeTooLong(length: length, limit: LogText.maxNarrativeCharacters))
            }
            return .start(narrative: clean)
        case .accept(let id, let record, let by, let reservations):
            guard by.role.canAct else { return .refused(.viewerCannotTakeOver) }
            guard let record else { return .refused(.noHandover(id)) }
            guard record.state == .started else { return .refused(.alreadyAccepted(id)) }
            guard !record.outgoing.isSamePerson(as: by) else { return .refused(.ownHandover) }
            if let duty = floor.onDuty, duty.isSamePerson(as: by) { return .refused(.onDutyTakingOver) }
            switch reservations {
            case .none:
                return .accept(.accepted, reservations: nil)
            case .toBeWritten, .written:
                guard by.role.canChangeService else { return .refused(.reservationsNeedSupervisor) }
                guard case .written(let text) = reservations else {
                    return .accept(.acceptedWithReservations, reservations: nil)
                }
                let clean = LogText.clean(text)
                guard !clean.isEmpty else { return .refused(.reservationsMissing) }
                if let length = LogText.excess(clean) {
                    return .refused(.reservationsTooLong(length: length, limit: LogText.maxCharacters))
                }
                return .accept(.acceptedWithReservations, reservations: clean)
            }
        }
    }
}
