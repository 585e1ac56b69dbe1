import Foundation
import IOCDomain

/// The alarms of the simulated city's past, for `ioc backfill`: a series beyond its warning limit raises its alarm
/// (high when half as far again beyond, else medium), back within it clears it, and the operator on duty
/// acknowledges it after a while (mostly within minutes, sometimes a quarter of an hour) — so a year report has an
/// alarm history to measure against ISA-18.2. Alarm ids start with `idPrefix`: a backfill writes them once.
public struct HistoryAlarms: Sendable {
    public static let idPrefix = "backfill|"
    public static let operatorOnDuty = Actor(name: "Trực ban (mô phỏng)", role: .operator)

    private let limits: [String: SeriesDefinition]
    private let seed: UInt64
    private var raised: Set<String> = []

    public init(definitions: [SeriesDefinition], seed: UInt64) {
        limits = Dictionary(definitions.filter { $0.warnAbove != nil || $0.warnBelow != nil }.map { ($0.key, $0) },
                            uniquingKeysWith: { a, _ in a })
        self.seed = seed
    }

    /// The alarm inputs of `observations` (one day's, any order), in time order; state carries to the next day.
    public mutating func inputs(for observations: [Observation]) -> [(alarmID: String, input: AlarmInput, template: Alarm?)] {
        var out: [(alarmID: String, input: AlarmInput, template: Alarm?)] = []
        for o in observations.sorted(by: { ($0.time, $0.seriesKey) < ($1.time, $1.seriesKey) }) {
            guard let s = limits[o.seriesKey] else { continue }
            let above = s.warnAbove.map { o.value > $0 } ?? false, below = s.warnBelow.map { o.value < $0 } ?? false
            let id = Self.idPrefix + s.key
            if above || below {
                guard !raised.contains(id) else { continue }
                raised.insert(id)
                let limit = above ? s.warnAbove! : s.warnBelow!
                let severe = above ? o.value > limit * 1.5 : o.value < limit * 0.5
                let priority: AlarmPriority = severe ? .high : .medium
                let value = NumberStyle.vietnamese.format(o.value, decimals: 1), limitText = NumberStyle.vietnamese.format(limit, decimals: 1)
                let message = "\(s.name): \(value) \(above ? "vượt" : "dưới") ngưỡng \(limitText)"
                let messageEN = "\(s.nameEN): \(NumberStyle.english.format(o.value, decimals: 1)) \(above ? "above" : "below") the limit \(NumberStyle.english.format(limit, decimals: 1))"
                let template = AlarmStateMachine.newAlarm(
                    id: id, ruleID: "backfill.threshold", subject: s.key, kind: .threshold, priority: priority,
                    message: message, messageEN: messageEN, at: o.time, agencyCode: s.agencyCode, wardCode: s.wardCode,
                    sourceID: SimulatorConnector.id, domain: s.pillar)
                out.append((id, .conditionRaised(value: o.value, message: message, messageEN: messageEN, priority: priority, at: o.time), template))
                var random = SimulationRandom(seed, 0xA1A2, UInt64(bitPattern: Int64(o.time.timeIntervalSince1970)), UInt64(out.count))
                // Minutes mostly; one in ten takes a quarter of an hour or more.
                let delay = random.chance(0.1) ? random.uniform(900, 2_400) : random.uniform(20, 420)
                out.append((id, .acknowledge(by: Self.operatorOnDuty, at: o.time.addingTimeInterval(delay), note: nil), nil))
            } else if raised.remove(id) != nil {
                out.append((id, .conditionCleared(at: o.time), nil))
            }
        }
        return out.sorted { a, b in a.input.at < b.input.at }
    }

    /// Clears, at `at`, every alarm still raised when the history ends: the live rules raise their own alarms (other
    /// ids), so a backfilled alarm left active would stand on the console for ever.
    public mutating func finish(at: Date) -> [(alarmID: String, input: AlarmInput, template: Alarm?)] {
        defer { raised.removeAll() }
        return raised.sorted().map { ($0, .conditionCleared(at: at), nil) }
    }
}
