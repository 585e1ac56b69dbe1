import Foundation
import IOCDomain

/// Alarm-load health (ISA-18.2 / EEMUA 191) computed from the timeline and the current alarms.
extension CityStore {
    /// Timeline actions that annunciate an alarm: a new episode or a re-alarm into Unacknowledged.
    static let annunciationFilter = "action IN ('raised', 're-alarmed') AND to_state = 'unack' AND from_state <> 'unack'"

    /// Alarms raised per 10 minutes (the last 10 minutes, and the average over 24 hours), standing and stale
    /// alarms, chattering alarms (3 or more condition changes within a minute during the last hour), and the last
    /// 24 hours' priority mix. Windows end at `now` inclusive.
    public func alarmLoad(now: Date) throws -> AlarmLoad {
        let nowMs = now.unixMillis
        let tenMinutesAgo = nowMs - 600_000
        let dayAgo = nowMs - 86_400_000
        let hourAgo = nowMs - 3_600_000
        return try database.read { db in
            // Cached statements: the dashboard reads the load every 5 s while alarms come in fast (Decision 34).
            let lastTen = try db.fetchOne(Int.self, sql: """
                SELECT COUNT(*) FROM alarm_action WHERE at_ms > ? AND at_ms <= ? AND \(Self.annunciationFilter)
                """, arguments: [tenMinutesAgo, nowMs]) ?? 0
            var mix: [AlarmPriority: Int] = [:]
            for priority in AlarmPriority.allCases { mix[priority] = 0 }
            let rows = try db.fetchAll(sql: """
                SELECT priority, COUNT(*) AS n FROM alarm_action
                WHERE at_ms > ? AND at_ms <= ? AND \(Self.annunciationFilter) GROUP BY priority
                """, arguments: [dayAgo, nowMs])
            for row in rows {
                if let priority = AlarmPriority(rawValue: row[0]) { mix[priority, default: 0] += row[1] }
            }
            let lastDay = mix.values.reduce(0, +)
            let standing = try db.fetchOne(Int.self, sql: """
                SELECT COUNT(*) FROM alarm WHERE state IN ('unack', 'ack') AND condition_active = 1
                """) ?? 0
            let stale = try db.fetchAll(String.self, sql: """
                SELECT id FROM alarm WHERE state IN ('unack', 'ack') AND condition_active = 1 AND active_since_ms <= ?
                ORDER BY active_since_ms, id
                """, arguments: [nowMs - Int64(AlarmLoad.staleAfter * 1000)])
            let changes = try db.fetchAll(sql: """
                SELECT alarm_id, at_ms FROM alarm_action
                WHERE at_ms > ? AND at_ms <= ? AND action IN ('raised', 're-alarmed', 'cleared')
                ORDER BY alarm_id, at_ms
                """, arguments: [hourAgo, nowMs])
            return AlarmLoad(raisedLast10Minutes: lastTen, averagePer10MinutesOver24Hours: Double(lastDay) / 144,
                             standingCount: standing, staleIDs: stale,
                             chatteringIDs: Self.chattering(changes.map { ($0[0], $0[1]) }),
                             priorityMixLast24Hours: mix)
        }
    }

    /// Ids with `AlarmLoad.chatteringTransitions` changes within 60 s, from (id, time) pairs sorted by id then time.
    static func chattering(_ changes: [(String, Int64)]) -> [String] {
        let needed = AlarmLoad.chatteringTransitions
        var ids: [String] = []
        var start = 0
        while start < changes.count {
            let id = changes[start].0
            var end = start
            while end < changes.count, changes[end].0 == id { end += 1 }
            let times = changes[start..<end].map(\.1)
            if times.count >= needed,
               (0...(times.count - needed)).contains(where: { times[$0 + needed - 1] - times[$0] <= 60_000 }) {
                ids.append(id)
            }
            start = end
        }
        return ids
    }
}
