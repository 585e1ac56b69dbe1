import Foundation
import IOCDomain

/// Alarms in every state, people in every role, and one input of every kind, for the state machine's tests.
enum AlarmFixture {
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01 00:00 UTC
    static let op = Actor(name: "lan", role: .operator)
    static let supervisor = Actor(name: "hung", role: .supervisor)
    static let viewer = Actor(name: "pct", role: .viewer)
    static let admin = Actor(name: "root", role: .admin)

    /// A medium-priority AQI alarm, Normal, condition clear.
    static var normal: Alarm {
        AlarmStateMachine.newAlarm(ruleID: "aqi-high", subject: "aqi.le_chan", kind: .threshold, priority: .medium,
                                   message: "VN_AQI Trạm Lê Chân 160 (Xấu) vượt ngưỡng 150", at: t0,
                                   agencyCode: "STNMT", wardCode: "31190", sourceID: "sim")
    }

    /// Applies inputs in order and returns the alarm, failing loudly if any is refused.
    static func after(_ inputs: [AlarmInput], from alarm: Alarm = normal) -> Alarm {
        var current = alarm
        for input in inputs {
            switch AlarmStateMachine.apply(input, to: current) {
            case .applied(let next, _): current = next
            case .rejected(let reason): fatalError("fixture input \(input.name) refused: \(reason)")
            }
        }
        return current
    }

    static func raise(_ minutes: Double, priority: AlarmPriority = .medium, value: Double = 160) -> AlarmInput {
        .conditionRaised(value: value, message: "VN_AQI Trạm Lê Chân \(Int(value))", priority: priority,
                         at: t0 + minutes * 60)
    }

    static func clear(_ minutes: Double) -> AlarmInput { .conditionCleared(at: t0 + minutes * 60) }
    static func ack(_ minutes: Double, by: Actor = op) -> AlarmInput { .acknowledge(by: by, at: t0 + minutes * 60, note: nil) }

    /// One alarm in each of the seven states (the overlays entered from Unacknowledged, condition active).
    static var byState: [AlarmState: Alarm] {
        let unack = after([raise(1)])
        return [
            .normal: normal,
            .unacknowledged: unack,
            .acknowledged: after([ack(2)], from: unack),
            .returnedUnacknowledged: after([clear(2)], from: unack),
            .shelved: after([.shelve(by: op, at: t0 + 120, duration: 3600, reason: "Bảo trì trạm", oneShot: false)],
                            from: unack),
            .suppressed: after([.suppress(reason: "Nguồn sim mất kết nối", at: t0 + 120)], from: unack),
            .outOfService: after([.removeFromService(by: supervisor, at: t0 + 120, reason: "Cảm biến hỏng")],
                                 from: unack),
        ]
    }

    /// One input of each of the 15 kinds, 100 hours after t0 (every timer is due); the raise is more urgent than
    /// the fixture's medium priority, so on an active alarm it is a re-alarm.
    static var everyInput: [AlarmInput] {
        let at = t0 + 100 * 3600
        return [
            .conditionRaised(value: 230, message: "VN_AQI Trạm Lê Chân 230 (Rất xấu)", priority: .high, at: at),
            .conditionCleared(at: at),
            .acknowledge(by: op, at: at, note: "Đã báo Sở TN&MT"),
            .shelve(by: op, at: at, duration: 1800, reason: "Đang hiệu chuẩn", oneShot: false),
            .unshelve(by: op, at: at),
            .shelveExpired(at: at),
            .suppress(reason: "Nguồn sim mất kết nối", at: at),
            .unsuppress(at: at),
            .removeFromService(by: supervisor, at: at, reason: "Cảm biến hỏng"),
            .returnToService(by: supervisor, at: at),
            .addNote(by: op, at: at, text: "Đã gọi trạm"),
            .assign(by: op, at: at, agencyCode: "STNMT"),
            .escalate(by: op, at: at, reason: "Cần lãnh đạo quyết"),
            .ackTimedOut(at: at),
            .resolve(by: op, at: at, note: "Đã xử lý"),
        ]
    }
}
