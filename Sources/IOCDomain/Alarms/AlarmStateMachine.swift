import Foundation

/// The ISA-18.2 / IEC 62682 alarm lifecycle as a pure function: an input and an alarm in, the new alarm and its
/// timeline row (or a refusal with a Vietnamese reason) out. No I/O, no clock: every input carries its time.
///
/// Decisions (tested in `AlarmStateMachineTests`):
/// - Acknowledging an acknowledged alarm is refused ("Cảnh báo đã xác nhận") and changes nothing, so a second
///   console's late key press writes no timeline row.
/// - A raise on an already active condition is a re-alarm only when its priority is more urgent; otherwise it updates
///   the value and message without a state change ("updated"), and an identical raise is refused, so a rule that
///   repeats itself cannot flood the timeline or bounce an acknowledged alarm back to Unacknowledged.
/// - Shelved, suppressed and out-of-service are overlays: condition changes are tracked underneath, and leaving the
///   overlay recomputes the state: Acknowledged if the condition is active and this episode was acknowledged,
///   Unacknowledged if active and not acknowledged, else Normal. A one-shot shelve ends when the condition clears.
/// - Out of service dominates suppression, suppression replaces a shelve.
/// - Timer inputs (`shelveExpired`, `ackTimedOut`) are refused when not yet due, so a tick computed from a stale read
///   cannot undo a newer operator action.
public enum AlarmStateMachine {
    /// A new alarm in state Normal with its condition clear; `id` defaults to `"\(ruleID)|\(subject)"`.
    public static func newAlarm(id: String? = nil, ruleID: String, subject: String, kind: AlarmKind,
                                priority: AlarmPriority, message: String, messageEN: String? = nil, at: Date,
                                agencyCode: String? = nil, wardCode: String? = nil, sourceID: String? = nil,
                                parentID: String? = nil, domain: Pillar? = nil) -> Alarm {
        Alarm(id: id ?? Alarm.makeID(ruleID: ruleID, subject: subject), ruleID: ruleID, subject: subject,
              kind: kind, priority: priority, message: message, messageEN: messageEN, agencyCode: agencyCode,
              wardCode: wardCode, sourceID: sourceID, parentID: parentID, state: .normal, conditionActive: false, lastChangeAt: at,
              domain: domain)
    }

    /// Applies one input to an alarm.
    public static func apply(_ input: AlarmInput, to alarm: Alarm, policy: AlarmPolicy = .standard) -> AlarmDecision {
        if let actor = input.actor, !actor.role.canAct {
            return .rejected(.viewerMayNotAct)
        }
        switch input {
        case .conditionRaised(let value, let message, let messageEN, let priority, let at):
            return raise(alarm, value: value, message: message, messageEN: messageEN, priority: priority, at: at)
        case .conditionCleared(let at):
            return clear(alarm, at: at)
        case .acknowledge(let by, let at, let note):
            return acknowledge(alarm, by: by, at: at, note: note)
        case .shelve(let by, let at, let duration, let reason, let oneShot):
            return shelve(alarm, by: by, at: at, duration: duration, reason: reason, oneShot: oneShot, policy: policy)
        case .unshelve(let by, let at):
            guard alarm.state == .shelved else { return .rejected(.notShelved) }
            return leaveOverlay(alarm, at: at, actor: by, action: "unshelved", note: nil)
        case .shelveExpired(let at):
            guard alarm.state == .shelved else { return .rejected(.notShelved) }
            guard let until = alarm.shelvedUntil, at >= until else { return .rejected(.shelveNotOver) }
            return leaveOverlay(alarm, at: at, actor: nil, action: "shelve-expired", code: .shelveExpired)
        case .suppress(let reason, let at):
            return suppress(alarm, reason: reason, at: at)
        case .suppressUnderParent(let parentID, let at):
            return suppress(alarm, reason: nil, code: .parentActive(parentID), at: at)
        case .unsuppress(let at):
            guard alarm.state == .suppressed else { return .rejected(.notSuppressed) }
            return leaveOverlay(alarm, at: at, actor: nil, action: "unsuppressed", note: nil)
        case .removeFromService(let by, let at, let reason):
            return removeFromService(alarm, by: by, at: at, reason: reason)
        case .returnToService(let by, let at):
            guard by.role.canChangeService else {
                return .rejected(.onlySupervisorReturnsToService)
            }
            guard alarm.state == .outOfService else { return .rejected(.notOutOfService) }
            return leaveOverlay(alarm, at: at, actor: by, action: "returned-to-service", note: nil)
        case .addNote(let by, let at, let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return .rejected(.emptyNote) }
            return record(alarm, alarm, at: at, actor: by, action: "note", note: trimmed)
        case .assign(let by, let at, let agencyCode):
            let code = agencyCode.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !code.isEmpty else { return .rejected(.noAgencyToAssign) }
            var next = alarm
            next.assignedAgency = code
            return record(alarm, next, at: at, actor: by, action: "assigned", note: code)
        case .escalate(let by, let at, let reason):
            return escalate(alarm, by: by, at: at, reason: reason)
        case .escalateUnacknowledged(let minutes, let at):
            return escalate(alarm, by: .system, at: at, reason: "",
                            code: .unacknowledgedFor(minutes: minutes, priority: alarm.priority))
        case .ackTimedOut(let at):
            guard alarm.state == .acknowledged, let acked = alarm.acknowledgedAt else {
                return .rejected(.notAcknowledged)
            }
            guard at >= acked.addingTimeInterval(policy.resolveDelay(for: alarm.priority)) else {
                return .rejected(.resolveTimeNotOver)
            }
            var next = alarm
            next.state = .unacknowledged
            next.acknowledgedAt = nil
            next.acknowledgedBy = nil
            return record(alarm, next, at: at, actor: nil, action: "ack-timed-out", code: .ackTimedOut)
        case .resolve(let by, let at, let note):
            return resolve(alarm, by: by, at: at, note: note)
        }
    }

    // MARK: - Condition changes

    private static func raise(_ alarm: Alarm, value: Double?, message: String, messageEN: String?,
                              priority: AlarmPriority, at: Date) -> AlarmDecision {
        var next = alarm
        next.value = value
        next.message = message
        next.messageEN = messageEN
        next.priority = priority
        next.conditionActive = true
        if !alarm.conditionActive {
            // A new episode: the previous acknowledgement no longer counts.
            next.activeSince = at
            next.acknowledgedAt = nil
            next.acknowledgedBy = nil
            if !alarm.state.isOverlay { next.state = .unacknowledged }
            return record(alarm, next, at: at, actor: nil, action: "raised", code: .message(message, english: messageEN))
        }
        if priority.isMoreUrgent(than: alarm.priority) {
            next.acknowledgedAt = nil
            next.acknowledgedBy = nil
            if !alarm.state.isOverlay { next.state = .unacknowledged }
            return record(alarm, next, at: at, actor: nil, action: "re-alarmed", code: .message(message, english: messageEN))
        }
        if value == alarm.value, message == alarm.message, messageEN == alarm.messageEN, priority == alarm.priority {
            return .rejected(.conditionUnchanged)
        }
        return record(alarm, next, at: at, actor: nil, action: "updated", code: .message(message, english: messageEN))
    }

    private static func clear(_ alarm: Alarm, at: Date) -> AlarmDecision {
        guard alarm.conditionActive else { return .rejected(.conditionAlreadyNormal) }
        var next = alarm
        next.conditionActive = false
        switch alarm.state {
        case .unacknowledged:
            next.state = .returnedUnacknowledged
        case .acknowledged:
            next.state = .normal
        case .shelved where alarm.shelveOneShot:
            return leaveOverlay(next, from: alarm, at: at, actor: nil, action: "cleared", code: .oneShotShelveCleared)
        case .normal, .returnedUnacknowledged, .shelved, .suppressed, .outOfService:
            break
        }
        return record(alarm, next, at: at, actor: nil, action: "cleared", note: nil)
    }

    // MARK: - Operator commands

    private static func acknowledge(_ alarm: Alarm, by: Actor, at: Date, note: String?) -> AlarmDecision {
        var next = alarm
        switch alarm.state {
        case .unacknowledged:
            next.state = .acknowledged
        case .returnedUnacknowledged:
            next.state = .normal
        case .acknowledged:
            return .rejected(.alreadyAcknowledged)
        case .normal:
            return .rejected(.nothingToAcknowledge)
        case .shelved, .suppressed, .outOfService:
            return .rejected(.cannotAcknowledge(alarm.state))
        }
        next.acknowledgedAt = at
        next.acknowledgedBy = by.name
        return record(alarm, next, at: at, actor: by, action: "acknowledged", note: note)
    }

    private static func shelve(_ alarm: Alarm, by: Actor, at: Date, duration: TimeInterval?, reason: String,
                               oneShot: Bool, policy: AlarmPolicy) -> AlarmDecision {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return .rejected(.shelveNeedsReason) }
        if let duration {
            guard duration > 0 else { return .rejected(.shelveTimeNotPositive) }
            guard duration <= policy.maxShelve else {
                return .rejected(.shelveTooLong(maxMinutes: Int(policy.maxShelve / 60)))
            }
        }
        switch alarm.state {
        case .normal, .unacknowledged, .acknowledged, .returnedUnacknowledged:
            break
        case .shelved:
            return .rejected(.alreadyShelved)
        case .suppressed, .outOfService:
            return .rejected(.cannotShelve(alarm.state))
        }
        var next = alarm
        next.state = .shelved
        next.stateBeforeOverlay = alarm.state
        next.shelvedUntil = at.addingTimeInterval(duration ?? (oneShot ? policy.maxShelve : policy.defaultShelve))
        next.shelveReason = reason
        next.shelveOneShot = oneShot
        return record(alarm, next, at: at, actor: by, action: "shelved", note: reason)
    }

    private static func suppress(_ alarm: Alarm, reason: String?, code: AlarmNote? = nil, at: Date) -> AlarmDecision {
        var next = alarm
        switch alarm.state {
        case .normal, .unacknowledged, .acknowledged, .returnedUnacknowledged:
            next.stateBeforeOverlay = alarm.state
        case .shelved:
            // Suppression replaces the shelve; the state before the shelve is kept.
            next.shelvedUntil = nil
            next.shelveReason = nil
            next.shelveOneShot = false
        case .suppressed:
            return .rejected(.alreadySuppressed)
        case .outOfService:
            return .rejected(.outOfService)
        }
        next.state = .suppressed
        return record(alarm, next, at: at, actor: nil, action: "suppressed", note: reason, code: code)
    }

    private static func removeFromService(_ alarm: Alarm, by: Actor, at: Date, reason: String) -> AlarmDecision {
        guard by.role.canChangeService else { return .rejected(.onlySupervisorTakesOutOfService) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { return .rejected(.outOfServiceNeedsReason) }
        var next = alarm
        switch alarm.state {
        case .normal, .unacknowledged, .acknowledged, .returnedUnacknowledged:
            next.stateBeforeOverlay = alarm.state
        case .shelved, .suppressed:
            next.shelvedUntil = nil
            next.shelveReason = nil
            next.shelveOneShot = false
        case .outOfService:
            return .rejected(.alreadyOutOfService)
        }
        next.state = .outOfService
        return record(alarm, next, at: at, actor: by, action: "removed-from-service", note: reason)
    }

    private static func escalate(_ alarm: Alarm, by: Actor, at: Date, reason: String,
                                 code: AlarmNote? = nil) -> AlarmDecision {
        switch alarm.state {
        case .unacknowledged, .acknowledged, .returnedUnacknowledged:
            break
        case .normal, .shelved, .suppressed, .outOfService:
            return .rejected(.nothingToEscalate)
        }
        if let escalated = alarm.escalatedAt, escalated >= alarm.lastChangeAt {
            return .rejected(.alreadyEscalated)
        }
        var next = alarm
        next.escalatedAt = at
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return record(alarm, next, at: at, actor: by, action: "escalated", note: reason.isEmpty ? nil : reason, code: code)
    }

    private static func resolve(_ alarm: Alarm, by: Actor, at: Date, note: String?) -> AlarmDecision {
        var next = alarm
        switch alarm.state {
        case .acknowledged:
            break
        case .returnedUnacknowledged:
            next.acknowledgedAt = at
            next.acknowledgedBy = by.name
        case .unacknowledged:
            return .rejected(.acknowledgeBeforeResolving)
        case .normal:
            return .rejected(.nothingToResolve)
        case .shelved, .suppressed, .outOfService:
            return .rejected(.cannotResolve(alarm.state))
        }
        next.state = .normal
        return record(alarm, next, at: at, actor: by, action: "resolved", note: note)
    }

    // MARK: - Building decisions

    /// Leaves an overlay: Acknowledged if active and acknowledged in this episode, Unacknowledged if active and not,
    /// else Normal. `next` carries any other change made by the same input; `from` is the alarm before the input.
    private static func leaveOverlay(_ next: Alarm, from: Alarm? = nil, at: Date, actor: Actor?, action: String,
                                     note: String? = nil, code: AlarmNote? = nil) -> AlarmDecision {
        var left = next
        left.stateBeforeOverlay = nil
        left.shelvedUntil = nil
        left.shelveReason = nil
        left.shelveOneShot = false
        if left.conditionActive {
            left.state = left.acknowledgedAt == nil ? .unacknowledged : .acknowledged
        } else {
            left.state = .normal
        }
        return record(from ?? next, left, at: at, actor: actor, action: action, note: note, code: code)
    }

    /// The applied decision from `before` to `after`; a state change sets `lastChangeAt`. A system note is stored
    /// as its `code` (rendered in the reader's language) with its Vietnamese text beside it for older readers.
    private static func record(_ before: Alarm, _ after: Alarm, at: Date, actor: Actor?, action: String,
                               note: String? = nil, code: AlarmNote? = nil) -> AlarmDecision {
        var after = after
        if after.state != before.state { after.lastChangeAt = at }
        let entry = AlarmTimelineEntry(alarmID: before.id, at: at, actor: actor?.name ?? Actor.system.name,
                                       role: actor?.role, action: action, fromState: before.state,
                                       toState: after.state, note: code?.text(.vi) ?? note,
                                       noteCode: code)
        return .applied(after, entry)
    }
}
