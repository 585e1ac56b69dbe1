import Foundation
import IOCConfig
import IOCDomain

/// Stale, source-down and deadline rules: conditions that hold at `inputs.now`, compared with the last call.
extension RuleEvaluator {
    /// A series is stale when its newest value is older than `stale_after` (or it has none); its parent is the
    /// first source-down rule's alarm for the series' source.
    func evaluateStale(_ index: Int, inputs: RuleInputs, memory: inout RuleMemory,
                       into changes: inout [ConditionChange]) {
        let rule = rules[index]
        let staleAfter = rule.parameters.staleAfter
        var current: [String: Int] = [:]
        for (position, window) in inputs.series.enumerated() {
            let key = window.definition.key
            let matching: [Int]
            if let cached = memory.staleRules[key] {
                matching = cached
            } else {
                matching = rules.indices.filter { rules[$0].kind == .stale && RuleGlob.matches(rules[$0].selector, key) }
                memory.staleRules[key] = matching
            }
            guard matching.contains(index) else { continue }
            if let latest = window.latestAt, inputs.now.timeIntervalSince(latest) <= staleAfter { continue }
            current[key] = position
        }
        diff(index, current: current, now: inputs.now, memory: &memory, into: &changes) { key, position in
            let window = inputs.series[position]
            let d = window.definition
            let age = window.latestAt.map { inputs.now.timeIntervalSince($0) }
            let message = rule.renderMessages { placeholder, language in
                switch placeholder {
                case .name, .title: return language == .en && !d.nameEN.isEmpty ? d.nameEN : d.name
                case .unit: return d.unit
                case .limit: return RuleText.duration(staleAfter, language)
                case .ward: return window.wardName ?? d.wardCode ?? ""
                case .agency: return window.agencyName ?? d.agencyCode ?? ""
                case .source: return window.sourceID ?? ""
                case .value, .aqi, .count, .due, .baseline, .level, .difference, .probability: return ""
                }
            }
            return ConditionChange(ruleID: rule.id, subject: key, kind: rule.conditionKind, active: true,
                                   priority: rule.priority, value: age, message: message.vi, messageEN: message.en,
                                   agencyCode: d.agencyCode,
                                   wardCode: d.wardCode, sourceID: window.sourceID,
                                   parentAlarmID: parentAlarmID(forSource: window.sourceID), at: inputs.now,
                                   domain: d.pillar)
        }
    }

    /// The source-down alarm that inhibits the stale alarms of `sourceID`'s series, if a rule watches that source.
    func parentAlarmID(forSource sourceID: String?) -> String? {
        guard let sourceID else { return nil }
        for index in sourceDownRules where RuleGlob.matches(rules[index].selector, sourceID) {
            return ConditionChange.alarmID(ruleID: rules[index].id, subject: sourceID)
        }
        return nil
    }

    /// A source is down when its recorded status is `down`.
    func evaluateSourceDown(_ index: Int, inputs: RuleInputs, memory: inout RuleMemory,
                            into changes: inout [ConditionChange]) {
        let rule = rules[index]
        var current: [String: Int] = [:]
        for (position, source) in inputs.sources.enumerated()
        where source.status == .down && RuleGlob.matches(rule.selector, source.sourceID) {
            current[source.sourceID] = position
        }
        diff(index, current: current, now: inputs.now, memory: &memory, into: &changes) { id, position in
            let source = inputs.sources[position]
            let message = rule.renderMessages { placeholder, language in
                switch placeholder {
                case .name, .title: return source.name(language)
                case .source: return source.sourceID
                default: return ""
                }
            }
            return ConditionChange(ruleID: rule.id, subject: id, kind: rule.conditionKind, active: true,
                                   priority: rule.priority, value: Double(source.consecutiveFailures),
                                   message: message.vi, messageEN: message.en, sourceID: id, at: inputs.now)
        }
    }

    /// Real emergency alerts in force: one alarm per open alert of the rule's sources whose CAP status is `Actual`
    /// (an alert from a source that writes no CAP status is real) and whose `expires` has not passed; it clears when
    /// the alert is cancelled, closed or expires. Exercises, tests, system messages and drafts never raise one. The
    /// priority is the alert's own (CAP severity × urgency × certainty, `CAPPriority`), else the rule's.
    func evaluateAlert(_ index: Int, inputs: RuleInputs, memory: inout RuleMemory, into changes: inout [ConditionChange]) {
        let rule = rules[index]
        var current: [String: Int] = [:]
        for (position, item) in inputs.alerts.enumerated() where RuleGlob.matches(rule.selector, item.sourceID) {
            let e = item.event
            let real = e.sourceStatus.map { $0.hasPrefix("Actual") } ?? true
            guard real, e.status.isOpen, (e.dueAt.map { $0 > inputs.now } ?? true) else { continue }
            current[item.sourceID + "/" + e.externalID] = position
        }
        diff(index, current: current, now: inputs.now, memory: &memory, into: &changes) { subject, position in
            let item = inputs.alerts[position]
            let e = item.event
            let message = rule.renderMessages { placeholder, language in
                switch placeholder {
                case .name, .title: return e.title(language)
                case .ward: return item.wardName ?? e.wardCode ?? ""
                case .due: return e.dueAt.map(VietnamTime.shortDateTime) ?? ""
                case .source: return item.sourceID
                default: return ""
                }
            }
            return ConditionChange(ruleID: rule.id, subject: subject, kind: rule.conditionKind, active: true,
                                   priority: e.severity ?? rule.priority, value: nil, message: message.vi,
                                   messageEN: message.en, agencyCode: e.agencyCode, wardCode: e.wardCode,
                                   sourceID: item.sourceID, at: inputs.now, domain: e.kind.pillar)
        }
    }

    /// Items of the rule's kind due soon or overdue at `now`: one alarm per item, or one per agency whose count
    /// reaches `at_least`.
    func evaluateDeadline(_ index: Int, inputs: RuleInputs, memory: inout RuleMemory,
                          into changes: inout [ConditionChange]) {
        let rule = rules[index]
        let p = rule.parameters
        // The items the rule looks at: the open items near or past their due time, or the dossiers at risk.
        let pool = p.deadline == .atRisk
            ? inputs.lateRisks.filter { $0.estimate.probability >= p.warningProbability }.map(\.item) : inputs.deadlines
        let wanted: DeadlineStatus = p.deadline == .dueSoon ? .dueSoon : .overdue
        var positions: [Int] = []
        for (position, item) in pool.enumerated() where item.event.kind.rawValue == rule.selector {
            let e = item.event
            if p.deadline == .atRisk || DeadlineStatus.classify(isOpen: e.status.isOpen, dueAt: e.dueAt, closedAt: e.closedAt,
                                                                now: inputs.now, warningWindow: p.warningWindow) == wanted {
                positions.append(position)
            }
        }
        switch p.grouping {
        case .item:
            var current: [String: Int] = [:]
            for position in positions {
                let item = pool[position]
                current[item.sourceID + "/" + item.event.externalID] = position
            }
            diff(index, current: current, now: inputs.now, memory: &memory, into: &changes) { subject, position in
                let item = pool[position]
                let e = item.event
                let message = rule.renderMessages { placeholder, language in
                    switch placeholder {
                    case .name, .title: return e.title(language)
                    case .agency: return item.agencyName(language) ?? e.agencyCode ?? ""
                    case .ward: return item.wardName ?? e.wardCode ?? ""
                    case .due: return e.dueAt.map(VietnamTime.shortDateTime) ?? ""
                    case .source: return item.sourceID
                    default: return ""
                    }
                }
                let hoursLate = e.dueAt.map { inputs.now.timeIntervalSince($0) / 3600 }
                return ConditionChange(ruleID: rule.id, subject: subject, kind: rule.conditionKind, active: true,
                                       priority: rule.priority, value: hoursLate, message: message.vi,
                                       messageEN: message.en,
                                       agencyCode: e.agencyCode, wardCode: e.wardCode, sourceID: item.sourceID,
                                       at: inputs.now, domain: e.kind.pillar)
            }
        case .agency, .topic:
            var counts: [String: (count: Int, name: String?, nameEN: String?)] = [:]
            for position in positions {
                let item = pool[position]
                let code = item.event.agencyCode ?? Self.noAgency
                counts[code, default: (0, item.agencyName, item.agencyName(.en))].count += 1
            }
            var current: [String: Int] = [:]
            for (code, entry) in counts where entry.count >= p.minimumCount { current[code] = entry.count }
            diff(index, current: current, now: inputs.now, memory: &memory, into: &changes) { code, count in
                let name = counts[code]?.name, nameEN = counts[code]?.nameEN
                let message = rule.renderMessages { placeholder, language in
                    switch placeholder {
                    case .agency:
                        if let named = language == .en ? nameEN ?? name : name { return named }
                        guard code == Self.noAgency else { return code }
                        return language == .en ? "Unassigned" : "Chưa phân công"
                    case .count, .value: return String(count)
                    case .limit: return String(p.minimumCount)
                    default: return ""
                    }
                }
                return ConditionChange(ruleID: rule.id, subject: code, kind: rule.conditionKind, active: true,
                                       priority: rule.priority, value: Double(count), message: message.vi,
                                       messageEN: message.en,
                                       agencyCode: code == Self.noAgency ? nil : code, at: inputs.now,
                                       domain: EventKind(rawValue: rule.selector)?.pillar)
            }
        }
    }

    /// The subject of the items without an agency in a per-agency count.
    static let noAgency = "-"

    /// Raises the subjects of `current` not active before (sorted by subject) and clears the active ones no
    /// longer in `current` (sorted); `raise` builds a raise only for a new subject.
    func diff<Payload>(_ index: Int, current: [String: Payload], now: Date, memory: inout RuleMemory,
                               into changes: inout [ConditionChange],
                               raise: (String, Payload) -> ConditionChange) {
        var active = memory.levels[index]
        for subject in active.keys.sorted() where current[subject] == nil {
            guard var cleared = active.removeValue(forKey: subject) else { continue }
            cleared.active = false
            cleared.message = RuleText.clearedPrefix + cleared.message
            cleared.messageEN = cleared.messageEN.map { RuleText.clearedPrefixEN + $0 }
            cleared.value = nil
            cleared.at = now
            changes.append(cleared)
        }
        for subject in current.keys.sorted() where active[subject] == nil {
            guard let payload = current[subject] else { continue }
            let change = raise(subject, payload)
            active[subject] = change
            changes.append(change)
        }
        memory.levels[index] = active
    }
}
