import Foundation
import IOCDomain

/// `i` on an alarm about items — "Sở Xây dựng: 8 hồ sơ đã quá hạn", a directive late, reports arriving together — opens
/// the list of those items at the alarm's agency (all agencies' for an alarm without one), the alarm's own item
/// selected when it is about one: the operator who acknowledges an alarm next asks which dossiers, and should not have
/// to find them again through the panels.
extension ConsoleUpdate {
    /// The kind of item an alarm is about: the event kind of its data domain (a public-order alarm's are incidents).
    static func itemKind(of alarm: Alarm) -> EventKind? {
        guard alarm.kind.isAboutItems, let domain = alarm.domain else { return nil }
        return EventKind.allCases.first { $0.pillar == domain && $0 != .alert }
    }

    /// The agency whose list `i` opens for an alarm: its own, or none (every agency's) for an alarm without one.
    static func itemsAgency(of alarm: Alarm) -> String? {
        alarm.agencyCode.flatMap { $0.isEmpty ? nil : $0 }
    }

    static func openAlarmItems(_ m: inout ConsoleModel) -> [ConsoleEffect] {
        let lang = m.language
        let alarms = selectedAlarms(m)
        guard let alarm = alarms.first else {
            flash(&m, lang.pick("Chọn một cảnh báo trước", "Select an alarm first"), error: true)
            return []
        }
        guard let kind = itemKind(of: alarm) else {
            flash(&m, lang.pick("Cảnh báo này không về hồ sơ, phản ánh, chỉ đạo hay sự cố",
                                "This alarm is not about dossiers, reports, directives or incidents"), error: true)
            return []
        }
        // A group row is one agency's (by kind, or all of its alarms in a flood): its first member's agency is the group's.
        let agency = itemsAgency(of: alarm)
        let title = agency.map { code in m.dashboard.map { AlarmListContent.agencyName(code, $0, lang) } ?? code }
            ?? lang.pick("Mọi cơ quan", "All agencies")
        var screen = EventListScreen(kind: kind, agencyCode: agency, title: EventListContent.section(kind, lang) + " › " + title)
        // A per-item alarm's subject is its item's key (source/id): that row is selected once the list is read.
        screen.focus = alarms.count == 1 && alarm.subject.contains("/") ? alarm.subject : nil
        m.screens.append(.eventList(screen))
        return [.loadEvents(kind: kind, agencyCode: agency)]
    }
}
