import Foundation
import IOCConfig
import IOCDomain

/// Threshold, rate-of-change and anomaly rules: every new observation, in time order.
extension RuleEvaluator {
    /// Runs the matching series rules over the observations newer than the last ones evaluated.
    func evaluateSeries(_ window: SeriesWindow, inputs: RuleInputs, memory: inout RuleMemory,
                        into changes: inout [ConditionChange]) {
        let key = window.definition.key
        let observations = window.observations
        guard let newest = observations.last else { return }
        let matching: [Int]
        if let cached = memory.seriesRules[key] {
            matching = cached
        } else {
            matching = rules.indices.filter {
                [.threshold, .rateOfChange, .anomaly, .waterLevel, .forecast].contains(rules[$0].kind)
                    && RuleGlob.matches(rules[$0].selector, key)
            }
            memory.seriesRules[key] = matching
        }
        let learnt = Self.firstIndex(in: observations, after: memory.lastSeen[key])
        // The first time a model rule's series is seen, its days before the usual window warm the models up; no
        // rule judges them (an old crossing is not raised now).
        let warmUp = memory.lastSeen[key] == nil ? valueRules(of: key).warmUp : 0
        let judgedFrom = memory.windowStart ?? inputs.now.addingTimeInterval(-requiredWindow)
        let first = warmUp > 0 ? max(learnt, Self.firstIndex(in: observations, after: judgedFrom.addingTimeInterval(-0.001))) : learnt
        memory.lastSeen[key] = max(newest.time, memory.lastSeen[key] ?? newest.time)
        guard learnt < observations.count else { return }
        if valueRules(of: key).forecaster { learnForecast(observations, from: learnt, key: key, memory: &memory) }
        for ruleIndex in matching {
            let rule = rules[ruleIndex]
            var state = memory.series[ruleIndex][key] ?? SeriesConditionState()
            if rule.kind == .forecast || (rule.kind == .anomaly && rule.parameters.anomalyMeasure == .score) {
                evaluateModel(ruleIndex, window, learnFrom: learnt, judgeFrom: first, state: &state, memory: &memory, into: &changes)
                memory.series[ruleIndex][key] = state
                continue
            }
            guard first < observations.count else { continue }
            switch rule.kind {
            case .threshold:
                guard let limit = rule.parameters.limit.resolve(warnAbove: window.definition.warnAbove,
                                                                warnBelow: window.definition.warnBelow)
                else { continue }
                let comparison = rule.parameters.comparison, deadband = rule.parameters.deadband
                for i in first..<observations.count where observations[i].quality != .bad {
                    let v = observations[i].value
                    let reading: RuleReading = comparison.isBeyond(v, limit: limit) ? .beyond(v)
                        : comparison.isClear(v, limit: limit, deadband: deadband) ? .clear(v) : .between
                    step(&state, reading, at: observations[i].time, rule: rule, window: window, limit: limit,
                         baseline: nil, into: &changes)
                }
            case .rateOfChange:
                guard case .value(let limit) = rule.parameters.limit else { continue }
                var left = 0
                for i in first..<observations.count where observations[i].quality != .bad {
                    let reading = rateReading(observations, at: i, left: &left, rule: rule, limit: limit)
                    step(&state, reading, at: observations[i].time, rule: rule, window: window, limit: limit,
                         baseline: nil, into: &changes)
                }
            case .anomaly:
                guard case .value(let limit) = rule.parameters.limit, let baselines = inputs.baselines[key] else {
                    continue
                }
                let deviations = inputs.baselineDeviations[key]
                for i in first..<observations.count where observations[i].quality != .bad {
                    let hour = RuleInputs.hourOfWeek(observations[i].time)
                    let baseline = baselines[hour]
                    let reading = anomalyReading(observations[i].value, baseline: baseline,
                                                 deviation: deviations?[hour], rule: rule, limit: limit)
                    step(&state, reading, at: observations[i].time, rule: rule, window: window, limit: limit,
                         baseline: baseline, into: &changes)
                }
            case .waterLevel:
                guard let station = waterLevelStations[key] else { continue }
                for i in first..<observations.count where observations[i].quality != .bad {
                    stepWaterLevel(&state, observations[i].value, at: observations[i].time, rule: rule, station: station,
                                   window: window, into: &changes)
                }
            case .stale, .sourceDown, .deadline, .alert, .forecast, .surge:
                continue
            }
            memory.series[ruleIndex][key] = state
        }
    }

    /// The on-delay and deadband logic shared by the series rules: appends a raise or a clear on a transition.
    func step(_ state: inout SeriesConditionState, _ reading: RuleReading, at time: Date, rule: AlarmRule,
                      window: SeriesWindow, limit: Double, baseline: Double?, into changes: inout [ConditionChange]) {
        switch reading {
        case .beyond(let value):
            guard !state.active else { return }
            let since = state.beyondSince ?? time
            state.beyondSince = since
            guard time.timeIntervalSince(since) >= rule.parameters.onDelay else { return }
            state.active = true
            state.beyondSince = nil
            let change = seriesChange(rule: rule, window: window, active: true, value: value, limit: limit,
                                      baseline: baseline, at: time, raised: nil)
            state.raisedMessage = change.message
            state.raisedMessageEN = change.messageEN
            changes.append(change)
        case .between:
            if !state.active { state.beyondSince = nil }
        case .clear(let value):
            state.beyondSince = nil
            guard state.active else { return }
            state.active = false
            changes.append(seriesChange(rule: rule, window: window, active: false, value: value, limit: limit,
                                        baseline: baseline, at: time,
                                        raised: (state.raisedMessage, state.raisedMessageEN)))
            state.raisedMessage = ""
            state.raisedMessageEN = nil
        case .unknown:
            return
        }
    }

    /// The rate at observation `i` against the oldest good value within the rule's window (at least half the
    /// window back), in the limit's unit per minute or hour; `left` only moves forward.
    private func rateReading(_ observations: [Observation], at i: Int, left: inout Int, rule: AlarmRule,
                             limit: Double) -> RuleReading {
        let p = rule.parameters
        let now = observations[i].time
        let from = now.addingTimeInterval(-p.rateWindow)
        while left < i && (observations[left].time < from || observations[left].quality == .bad) { left += 1 }
        let span = now.timeIntervalSince(observations[left].time)
        guard span > 0, span >= p.rateWindow / 2 else { return .unknown }
        let rate = (observations[i].value - observations[left].value) / span * p.ratePer
        let measured: Double
        switch p.direction {
        case .up: measured = rate
        case .down: measured = -rate
        case .both: measured = abs(rate)
        }
        if measured >= limit { return .beyond(measured) }
        return measured < limit - p.deadband ? .clear(measured) : .between
    }

    /// How far `value` is from the baseline, in percent of it or in standard deviations, against the limit.
    private func anomalyReading(_ value: Double, baseline: Double?, deviation: Double?, rule: AlarmRule,
                                limit: Double) -> RuleReading {
        guard let baseline else { return .unknown }
        let distance: Double
        switch rule.parameters.anomalyMeasure {
        case .percent:
            guard baseline != 0 else { return .unknown }
            distance = (value - baseline) / abs(baseline) * 100
        case .sigma:
            guard let deviation, deviation > 0 else { return .unknown }
            distance = (value - baseline) / deviation
        case .score:
            return .unknown  // scored by the streaming detector (`evaluateModel`), never here
        }
        let measured: Double
        switch rule.parameters.direction {
        case .up: measured = distance
        case .down: measured = -distance
        case .both: measured = abs(distance)
        }
        if measured > limit { return .beyond(value) }
        return measured <= limit - rule.parameters.deadband ? .clear(value) : .between
    }

    func seriesChange(rule: AlarmRule, window: SeriesWindow, active: Bool, value: Double, limit: Double,
                              baseline: Double?, at time: Date, raised: (vi: String, en: String?)?) -> ConditionChange {
        let d = window.definition
        let message: (vi: String, en: String?)
        if let raised {
            message = (RuleText.clearedPrefix + raised.vi, raised.en.map { RuleText.clearedPrefixEN + $0 })
        } else {
            message = rule.renderMessages { placeholder, language in
                let english = language == .en
                switch placeholder {
                case .name, .title: return english && !d.nameEN.isEmpty ? d.nameEN : d.name
                case .value: return RuleText.number(value, style: language.numberStyle)
                case .unit: return d.unit
                case .limit: return RuleText.number(limit, style: language.numberStyle)
                case .ward: return window.wardName ?? d.wardCode ?? ""
                case .agency: return window.agencyName ?? d.agencyCode ?? ""
                case .aqi: return english ? AQICategory(aqi: value).labelEN : AQICategory(aqi: value).labelVI
                case .source: return window.sourceID ?? ""
                case .baseline: return baseline.map { RuleText.number($0, style: language.numberStyle) } ?? ""
                case .count, .due, .level, .difference, .probability: return ""
                }
            }
        }
        return ConditionChange(ruleID: rule.id, subject: d.key, kind: rule.conditionKind, active: active,
                               priority: rule.priority, value: value, message: message.vi, messageEN: message.en,
                               agencyCode: d.agencyCode,
                               wardCode: d.wardCode, sourceID: window.sourceID, at: time, domain: d.pillar)
    }

    /// The index of the first observation later than `time` (all of them when `time` is nil); binary search.
    static func firstIndex(in observations: [Observation], after time: Date?) -> Int {
        guard let time else { return 0 }
        var low = 0, high = observations.count
        while low < high {
            let mid = (low + high) / 2
            if observations[mid].time <= time { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
