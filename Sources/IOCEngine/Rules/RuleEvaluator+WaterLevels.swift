import Foundation
import IOCConfig
import IOCDomain

/// `water_level` rules: a gauge against its station's official alarm levels (báo động I, II, III). One alarm per
/// gauge; it is raised at the level reached (after the on-delay), raised again when a higher level is reached (the
/// state machine re-alarms on a more urgent priority), lowered when the water falls more than the deadband below the
/// level it stands for, and cleared when it falls that far below báo động I — so a gauge wavering at a level does not
/// chatter.
extension RuleEvaluator {
    func stepWaterLevel(_ state: inout SeriesConditionState, _ value: Double, at time: Date, rule: AlarmRule,
                        station: WaterLevelStation, window: SeriesWindow, into changes: inout [ConditionChange]) {
        let deadband = rule.parameters.deadband
        // The level the alarm should stand for: the one reached; falling, the highest level at or below the one held
        // that the water is still within the deadband of (from III to just under II it stands for II, not I).
        var target = station.levelReached(value)
        if let held = state.level, target.map({ $0 < held }) ?? true {
            let kept = WaterAlarmLevel.allCases.reversed().first { level in
                level <= held && station.levels[level].map { value > $0 - deadband } == true
            }
            if let kept, kept > (target ?? kept) || target == nil { target = kept }
        }
        guard target != state.level || (target == nil && state.active) else {
            state.beyondSince = nil
            return
        }
        if let target, state.level.map({ target > $0 }) ?? true {
            // Rising to a new level: after the on-delay.
            let since = state.beyondSince ?? time
            state.beyondSince = since
            guard time.timeIntervalSince(since) >= rule.parameters.onDelay else { return }
        }
        state.beyondSince = nil
        if let target {
            state.active = true
            state.level = target
            let change = waterLevelChange(rule: rule, station: station, window: window, level: target, value: value, at: time)
            state.raisedMessage = change.message
            state.raisedMessageEN = change.messageEN
            changes.append(change)
        } else {
            state.active = false
            state.level = nil
            var cleared = waterLevelChange(rule: rule, station: station, window: window, level: .one, value: value, at: time)
            cleared.active = false
            cleared.message = RuleText.clearedPrefix + state.raisedMessage
            cleared.messageEN = state.raisedMessageEN.map { RuleText.clearedPrefixEN + $0 }
            changes.append(cleared)
            state.raisedMessage = ""
            state.raisedMessageEN = nil
        }
    }

    private func waterLevelChange(rule: AlarmRule, station: WaterLevelStation, window: SeriesWindow,
                                  level: WaterAlarmLevel, value: Double, at time: Date) -> ConditionChange {
        let d = window.definition
        let status = WaterLevelStatus(station: station, value: value, at: time)
        let message = rule.renderMessages { placeholder, language in
            switch placeholder {
            case .name, .title: return station.name(language)
            case .value: return language.numberStyle.format(value, decimals: 2)
            case .unit: return d.unit.isEmpty ? "m" : d.unit
            case .limit: return station.levels[level].map { language.numberStyle.format($0, decimals: 2) } ?? ""
            case .level: return level.roman
            case .difference: return status.differenceWords(language) ?? ""
            case .ward: return window.wardName ?? d.wardCode ?? ""
            case .agency: return window.agencyName ?? d.agencyCode ?? ""
            case .source: return window.sourceID ?? ""
            case .aqi, .count, .due, .baseline, .probability: return ""
            }
        }
        return ConditionChange(ruleID: rule.id, subject: d.key, kind: .waterLevel, active: true,
                               priority: level.priority.rawValue, value: value, message: message.vi, messageEN: message.en,
                               agencyCode: d.agencyCode, wardCode: d.wardCode, sourceID: window.sourceID, at: time,
                               domain: d.pillar)
    }
}
