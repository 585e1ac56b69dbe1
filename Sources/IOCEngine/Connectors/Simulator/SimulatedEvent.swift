import Foundation
import IOCDomain

/// A city event with its whole future decided when it appears: a list of timed steps (status, progress).
/// Its state at any time is the last step reached, so polls at any cadence see the same history.
struct SimulatedEvent: Sendable {
    /// One change of status or progress.
    struct Step: Sendable {
        let at: Date
        let status: EventStatus
        let progress: Double?
    }

    /// The event as first recorded; status, progress, updatedAt and closedAt come from the steps.
    let template: CityEvent
    /// Time-ordered, the first at `template.openedAt`.
    let steps: [Step]

    let kind: EventKind
    let openedAt: Date
    let finalAt: Date

    init(template: CityEvent, steps: [Step]) {
        self.template = template
        self.steps = steps
        self.kind = template.kind
        self.openedAt = template.openedAt
        self.finalAt = steps.last?.at ?? template.openedAt
    }

    /// The event as it stands at `date`, or nil before it appears.
    func state(at date: Date) -> CityEvent? {
        guard let index = steps.lastIndex(where: { $0.at <= date }) else { return nil }
        let step = steps[index]
        var event = template
        event.status = step.status
        event.progress = step.progress
        event.updatedAt = step.at
        event.closedAt = step.status.isOpen ? nil : steps.first(where: { !$0.status.isOpen })?.at
        return event
    }

    /// True when a step falls in (from, to].
    func changed(after from: Date, through to: Date) -> Bool {
        if finalAt <= from || openedAt > to { return false }
        for step in steps where step.at > from && step.at <= to { return true }
        return false
    }
}
