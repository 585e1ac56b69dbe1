import Foundation

/// What the system wrote on an alarm's timeline, as a code with its parameters, so that every reader (the console,
/// the CLI, the handover export) renders the words in its reader's language through `text(english:)`, the one
/// function that knows them (Decision 29). Notes typed by people are not codes: they are stored as typed.
public struct AlarmNote: Sendable, Hashable, Codable {
    /// A stable code, stored in `alarm_action.note_code`.
    public var code: String
    /// The code's parameters (stored as JSON in `alarm_action.note_params`).
    public var parameters: [String: String]

    public init(code: String, parameters: [String: String] = [:]) {
        self.code = code; self.parameters = parameters
    }

    /// The rule's message when a condition is raised, updated or re-alarmed, in both languages as rendered then.
    public static func message(_ vietnamese: String, english: String?) -> AlarmNote {
        var parameters = ["vi": vietnamese]
        if let english { parameters["en"] = english }
        return AlarmNote(code: "message", parameters: parameters)
    }

    /// A timed shelve ran out.
    public static let shelveExpired = AlarmNote(code: "shelve-expired")
    /// Acknowledged but not resolved within the priority's resolve timeout.
    public static let ackTimedOut = AlarmNote(code: "ack-timed-out")
    /// A one-shot shelve ended because the condition cleared.
    public static let oneShotShelveCleared = AlarmNote(code: "one-shot-shelve-cleared")

    /// Suppressed by design while its parent alarm (e.g. its source down) is active.
    public static func parentActive(_ parentID: String) -> AlarmNote {
        AlarmNote(code: "parent-active", parameters: ["parent": parentID])
    }

    /// Escalated by the system: unacknowledged for `minutes` at `priority`.
    public static func unacknowledgedFor(minutes: Int, priority: AlarmPriority) -> AlarmNote {
        AlarmNote(code: "unacknowledged-for", parameters: ["minutes": String(minutes), "priority": priority.digit])
    }

    /// The note in English or Vietnamese; nil for a code this version does not know (the reader then shows the
    /// Vietnamese text stored beside the code).
    public func text(_ language: Language) -> String? {
        let english = language == .en
        func t(_ vi: String, _ en: String) -> String { english ? en : vi }
        switch code {
        case "message":
            guard let vi = parameters["vi"] else { return nil }
            return english ? (parameters["en"] ?? vi) : vi
        case "shelve-expired":
            return t("Hết thời gian tạm gác", "Shelve time ran out")
        case "ack-timed-out":
            return t("Đã xác nhận nhưng chưa xử lý xong đúng hạn", "Acknowledged but not resolved in time")
        case "one-shot-shelve-cleared":
            return t("Hết tạm gác một lần khi điều kiện trở về bình thường",
                     "One-shot shelve ended: the condition returned to normal")
        case "parent-active":
            guard let parent = parameters["parent"] else { return nil }
            return t("Cảnh báo cha đang hoạt động: ", "Parent alarm active: ") + parent
        case "unacknowledged-for":
            guard let minutes = parameters["minutes"].flatMap({ Int($0) }),
                  let priority = parameters["priority"].flatMap({ Int($0) }).flatMap(AlarmPriority.init(rawValue:))
            else { return nil }
            return english
                ? "Unacknowledged for \(minutes) minute\(minutes == 1 ? "" : "s") (\(priority.labelEN))"
                : "Quá \(minutes) phút chưa xác nhận (\(priority.labelVI))"
        default:
            return nil
        }
    }
}
