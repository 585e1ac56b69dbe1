import Foundation
import IOCConfig
import IOCDomain

/// Surge rules: many items of a kind received within a window on one topic (the same category in the same ward) or at
/// one agency — a level, evaluated at `inputs.now` like the deadline rules, raised while the count is at least the
/// rule's and cleared when it falls below.
extension RuleEvaluator {
    func evaluateSurge(_ index: Int, inputs: RuleInputs, memory: inout RuleMemory, into changes: inout [ConditionChange]) {
        let rule = rules[index]
        let p = rule.parameters
        let since = inputs.now.addingTimeInterval(-p.surgeWindow)
        // Newest first, so a group's first item is its newest: it names the topic.
        let items = inputs.received.filter { $0.event.kind.rawValue == rule.selector && $0.event.openedAt > since && $0.event.openedAt <= inputs.now }
            .sorted { $0.event.openedAt > $1.event.openedAt }
        var groups: [String: (count: Int, newest: EventSummary)] = [:]
        for item in items {
            let key = p.grouping == .agency ? (item.event.agencyCode ?? Self.noAgency)
                : item.event.category + "@" + (item.event.wardCode ?? "-")
            if let known = groups[key] { groups[key] = (known.count + 1, known.newest) } else { groups[key] = (1, item) }
        }
        let current = groups.filter { $0.value.count >= p.minimumCount }.mapValues(\.count)
        diff(index, current: current, now: inputs.now, memory: &memory, into: &changes) { key, count in
            let newest = groups[key]!.newest
            let e = newest.event
            let message = rule.renderMessages { placeholder, language in
                switch placeholder {
                case .title, .name: return e.title(language)
                case .ward: return newest.wardName ?? e.wardCode ?? ""
                case .agency:
                    if let named = newest.agencyName(language) { return named }
                    return e.agencyCode ?? (language == .en ? "Unassigned" : "Chưa phân công")
                case .count, .value: return String(count)
                case .limit: return String(p.minimumCount)
                default: return ""
                }
            }
            return ConditionChange(ruleID: rule.id, subject: key, kind: rule.conditionKind, active: true, priority: rule.priority,
                                   value: Double(count), message: message.vi, messageEN: message.en,
                                   agencyCode: p.grouping == .agency ? (key == Self.noAgency ? nil : key) : e.agencyCode,
                                   wardCode: p.grouping == .topic ? e.wardCode : nil, at: inputs.now, domain: e.kind.pillar)
        }
    }
}
