import Foundation
import IOCAnalytics
import IOCConfig
import IOCDomain

/// Model rules: an `anomaly` rule scored by the streaming detector (`score: 0.9`), and a `forecast` rule (the seasonal
/// forecast's probability of crossing a limit within a horizon). Both learn from every new value of their series —
/// and, the first time a series is seen, from the days before the usual window (`SeriesModelState`'s warm-up) —
/// but judge only the values of the usual window, so an old episode is not raised at a restart.
extension RuleEvaluator {
    func evaluateModel(_ ruleIndex: Int, _ window: SeriesWindow, learnFrom: Int, judgeFrom: Int,
                       state: inout SeriesConditionState, memory: inout RuleMemory, into changes: inout [ConditionChange]) {
        let rule = rules[ruleIndex]
        let key = window.definition.key
        let observations = window.observations
        guard case .value(let limit) = rule.parameters.limit else { return }
        if rule.kind == .forecast {
            var model = memory.models[ruleIndex][key] ?? .forecast()
            if judgeFrom < observations.count, let newest = observations.last, let forecaster = memory.forecasters[key] {
                // A forecaster without its own error record (not yet, or again after a refit changed its scale) states
                // no probability: a watch or warning it raised is cleared, not left standing for hours.
                let trusted = SeriesModelState.isTrusted(forecaster, steps: Int((rule.parameters.forecastWithin / forecaster.configuration.step).rounded(.up)))
                let p = trusted ? forecaster.probabilityAbove(limit, within: rule.parameters.forecastWithin) ?? 0 : 0
                let level = Self.forecastLevel(p, held: model.forecastLevel, parameters: rule.parameters)
                if level != model.forecastLevel {
                    model.forecastLevel = level
                    changes.append(forecastChange(rule: rule, window: window, level: level, probability: p, value: newest.value,
                                                  limit: limit, at: newest.time, state: &state))
                }
            }
            memory.models[ruleIndex][key] = model
            return
        }
        var model = memory.models[ruleIndex].removeValue(forKey: key) ?? .anomaly()
        var detector = model.detector ?? AnomalyDetector()
        model.detector = nil
        for i in learnFrom..<observations.count where observations[i].quality != .bad {
            let score = detector.score(time: observations[i].time, value: observations[i].value)
            guard i >= judgeFrom else { continue }
            let reading: RuleReading = score >= limit ? .beyond(observations[i].value)
                : score < limit - rule.parameters.deadband ? .clear(observations[i].value) : .between
            step(&state, reading, at: observations[i].time, rule: rule, window: window, limit: limit, baseline: nil, into: &changes)
        }
        model.detector = detector
        memory.models[ruleIndex][key] = model
    }

    /// Teaches the series' forecaster the values from `first` on (good ones), once for every rule and the projection
    /// that read it. Its first fit is made here, as soon as it has a day of values (so the days read to warm it up also
    /// build its record of errors, whence its intervals); its daily refits are `refitModels`', off this cycle.
    func learnForecast(_ observations: [Observation], from first: Int, key: String, memory: inout RuleMemory) {
        // Taken out of the memory while it learns: a copy left behind would make every array copy on write.
        var forecaster = memory.forecasters.removeValue(forKey: key) ?? SeriesModelState.forecaster(key: key)
        let before = forecaster.lastIndex
        for i in first..<observations.count where observations[i].quality != .bad {
            forecaster.add(observations[i].value, at: observations[i].time)
            if !forecaster.isReady && forecaster.refitDue { forecaster.refit() }
        }
        if forecaster.lastIndex != before && forecaster.isReady { memory.projectionsDue.insert(key) }
        memory.forecasters[key] = forecaster
    }

    /// 0 nothing, 1 watch, 2 warning for a probability `p`, a level held until `p` falls 0.1 below its threshold.
    static func forecastLevel(_ p: Double, held: Int, parameters: RuleParameters) -> Int {
        let hysteresis = 0.1
        if p >= parameters.warningProbability { return 2 }
        if held == 2 && p >= parameters.warningProbability - hysteresis { return 2 }
        if p >= parameters.watchProbability { return 1 }
        if held >= 1 && p >= parameters.watchProbability - hysteresis { return 1 }
        return 0
    }

    private func forecastChange(rule: AlarmRule, window: SeriesWindow, level: Int, probability: Double, value: Double,
                                limit: Double, at time: Date, state: inout SeriesConditionState) -> ConditionChange {
        let d = window.definition
        // A warning at the rule's priority, a watch one step less urgent.
        let priority = level == 2 ? rule.priority : min(4, rule.priority + 1)
        guard level > 0 else {
            state.active = false
            let change = ConditionChange(ruleID: rule.id, subject: d.key, kind: .forecast, active: false, priority: rule.priority,
                                         value: value, message: RuleText.clearedPrefix + state.raisedMessage,
                                         messageEN: state.raisedMessageEN.map { RuleText.clearedPrefixEN + $0 },
                                         agencyCode: d.agencyCode, wardCode: d.wardCode, sourceID: window.sourceID, at: time,
                                         domain: d.pillar)
            state.raisedMessage = ""
            state.raisedMessageEN = nil
            return change
        }
        let message = rule.renderMessages { placeholder, language in
            switch placeholder {
            case .name, .title: return language == .en && !d.nameEN.isEmpty ? d.nameEN : d.name
            case .value: return RuleText.number(value, style: language.numberStyle)
            case .unit: return d.unit
            case .limit: return RuleText.number(limit, style: language.numberStyle)
            case .ward: return window.wardName ?? d.wardCode ?? ""
            case .agency: return window.agencyName ?? d.agencyCode ?? ""
            case .aqi: return language == .en ? AQICategory(aqi: limit + 1).labelEN : AQICategory(aqi: limit + 1).labelVI
            case .source: return window.sourceID ?? ""
            case .probability: return language.numberStyle.format(probability * 100, decimals: 0) + "%"
            case .count, .due, .baseline, .level, .difference: return ""
            }
        }
        state.active = true
        state.raisedMessage = message.vi
        state.raisedMessageEN = message.en
        return ConditionChange(ruleID: rule.id, subject: d.key, kind: .forecast, active: true, priority: priority, value: value,
                               message: message.vi, messageEN: message.en, agencyCode: d.agencyCode, wardCode: d.wardCode,
                               sourceID: window.sourceID, at: time, domain: d.pillar)
    }
}
