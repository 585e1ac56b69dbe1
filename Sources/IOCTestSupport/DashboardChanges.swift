import Foundation
import IOCDomain

/// One change of each part of a dashboard, for the tests that check a view draws only from its inputs (the console's
/// panels, the wall's slides): whatever a view shows must change its inputs when it changes. Each works on any
/// fixture with every part filled (a directive, a traffic and a VN_AQI reading, a source, an alarm, an agency).
public enum DashboardChanges {
    public typealias Change = (name: String, apply: @Sendable (inout DashboardSnapshot) -> Void)

    /// A change of each part of the data.
    public static let data: [Change] = [
        ("a socio-economic value", { $0.socioEconomic[0].latest = ($0.socioEconomic[0].latest ?? 0) * 1.5 + 1 }),
        ("a traffic value", { d in
            let i = d.publicOrder.firstIndex { $0.definition.key.hasPrefix("traffic.") }!
            d.publicOrder[i].latest = (d.publicOrder[i].latest ?? 0) + 7
        }),
        ("a VN_AQI value", { d in
            let i = d.publicOrder.firstIndex { $0.definition.unit == "VN_AQI" }!
            d.publicOrder[i].latest = 260
        }),
        ("open incidents", { $0.openIncidentsByCategory["fire", default: 0] += 3 }),
        ("recent incidents", { d in
            var e = d.recentIncidents.first ?? d.directives[0]
            e.event.kind = .incident; e.event.category = "fire"; e.event.title = "Cháy kho hàng"; e.event.externalID = "SC-99"
            d.recentIncidents.insert(e, at: 0)
        }),
        ("dossier figures", { $0.government[0].lateInProgress += 50 }),
        ("an agency's name", { $0.government[0].agencyName = "Sở Tư pháp mới"; $0.feedback[0].agencyName = "Sở Tư pháp mới" }),
        ("feedback figures", { $0.feedback[0].overdue += 40 }),
        ("a directive", { $0.directives[0].event.progress = 99 }),
        ("directive counts", { $0.directiveCounts = EventCounts(total: 60, open: 40, overdue: 9, dueSoon: 3) }),
        ("a source's state", { $0.sources[0].status = .down; $0.sources[0].lastError = "HTTP 503" }),
        ("an alarm", { $0.alarms.removeFirst() }),
        ("the alarm load", { $0.alarmLoad = AlarmLoad(raisedLast10Minutes: 12, averagePer10MinutesOver24Hours: 2,
                                                       standingCount: 4, staleIDs: [], chatteringIDs: [],
                                                       priorityMixLast24Hours: [:]) }),
    ]

    /// The times every poll moves even when it brings nothing new: they change no view. (A new last success shows
    /// as an age, "4m" to "<1m" for a source polled every 5 min: like every age it moves with the clock and waits
    /// for the next whole frame, so it is not among them.)
    public static let pollTimes: [Change] = [
        ("the read time", { $0.readAt += 1 }),
        ("the last write", { $0.lastWriteAt = ($0.lastWriteAt ?? $0.readAt) + 1 }),
        ("the poll times", { d in
            for i in d.sources.indices {
                d.sources[i].lastAttemptAt = d.sources[i].lastAttemptAt.map { $0 + 1 }
                d.sources[i].lastDurationMs = 12
                d.sources[i].nextPollAt = d.readAt + 3
            }
        }),
    ]
}
