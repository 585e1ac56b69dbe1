import Foundation
import IOCDomain

/// A report's figures as JSON, for other programs. The shape (stable; keys sorted):
/// `{"period": {"kind", "name", "nameEN", "start", "end" (dates, "yyyy-MM-dd", the end excluded)}, "previousPeriod": {…},
/// "readAt" (ISO 8601), "partial" (the period was not over: figures to readAt, the period before to the same span),
/// "hidden": [domain], "alarms": {…}, "previousAlarms": {…}, "dossiers": {"agencies": […],
/// "total": {…}, "previousTotal": {…}}}` — an alarm section is `{"byPriority": [{"priority", "annunciated",
/// "acknowledged", "medianSecondsToAcknowledge", "p90SecondsToAcknowledge"}], "annunciated", "acknowledged",
/// "averagePer10Minutes", "peakPer10Minutes", "floodIntervals", "intervals"}`; an agency is `{"code", "name",
/// "nameEN", "workload", "done", "doneEarly", "doneOnTime", "doneLate", "inProgress", "lateInProgress", "dueSoon",
/// "onTimeRate" (percent, null without workload), "previousOnTimeRate", "rank"}`; `"feedback": {"agencies": [{"code",
/// "name", "nameEN", "received", "routed", "routedRate", "resolved", "medianHoursToResolve", "inProgress", "overdue",
/// "previousReceived", "previousOverdue"}]}`. A hidden section is omitted.
public enum ReportJSON {
    public static func render(_ f: ReportFigures) throws -> String {
        var root: [String: Any] = [
            "period": period(f.period), "previousPeriod": period(f.period.previous),
            "readAt": ISO8601DateFormatter().string(from: f.readAt), "partial": f.isPartial,
            "hidden": f.hidden.map(\.rawValue),
            "alarms": alarms(f.alarms), "previousAlarms": alarms(f.previousAlarms),
        ]
        if !f.hidden.contains(.government) {
            let before = Dictionary(f.previousDossiers.map { ($0.agencyCode, $0) }, uniquingKeysWith: { a, _ in a })
            root["dossiers"] = [
                "agencies": f.dossiers.enumerated().map { i, a in
                    var o = agency(a)
                    o["rank"] = i + 1
                    o["previousOnTimeRate"] = before[a.agencyCode]?.onTimeRate ?? NSNull()
                    return o
                },
                "total": agency(DossierReport.total(f.dossiers), total: true),
                "previousTotal": agency(DossierReport.total(f.previousDossiers), total: true),
            ]
        }
        if !f.hidden.contains(.feedback) {
            let before = Dictionary(f.previousFeedback.map { ($0.summary.agencyCode, $0.summary) }, uniquingKeysWith: { a, _ in a })
            root["feedback"] = ["agencies": f.feedback.map { a -> [String: Any] in
                let s = a.summary
                return ["code": s.agencyCode, "name": ReportText.agencyName(s, .vi), "nameEN": ReportText.agencyName(s, .en),
                        "received": s.received, "routed": s.routed, "routedRate": s.routedRate ?? NSNull(),
                        "resolved": s.resolved, "medianHoursToResolve": a.medianHoursToResolve ?? NSNull(),
                        "inProgress": s.inProgress, "overdue": s.overdue,
                        "previousReceived": before[s.agencyCode]?.received ?? 0, "previousOverdue": before[s.agencyCode]?.overdue ?? 0]
            }]
        }
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func period(_ p: ReportPeriod) -> [String: Any] {
        ["kind": p.kind.rawValue, "name": p.name(.vi), "nameEN": p.name(.en),
         "start": VietnamTime.isoDate(p.start), "end": VietnamTime.isoDate(p.end)]
    }

    static func alarms(_ a: AlarmReport) -> [String: Any] {
        ["byPriority": a.byPriority.map { p -> [String: Any] in
            ["priority": p.priority, "annunciated": p.annunciated, "acknowledged": p.acknowledged,
             "medianSecondsToAcknowledge": p.medianSecondsToAcknowledge ?? NSNull(),
             "p90SecondsToAcknowledge": p.p90SecondsToAcknowledge ?? NSNull()]
         },
         "annunciated": a.annunciated, "acknowledged": a.acknowledged, "averagePer10Minutes": a.averagePer10Minutes,
         "peakPer10Minutes": a.peakPer10Minutes, "floodIntervals": a.floodIntervals, "intervals": a.intervals]
    }

    static func agency(_ a: AgencyPerformance, total: Bool = false) -> [String: Any] {
        ["code": a.agencyCode, "name": ReportText.agencyName(a, .vi, total: total),
         "nameEN": a.agencyCode.isEmpty ? ReportText.agencyName(a, .en, total: total) : a.agencyNameEN,
         "workload": a.workload, "done": a.done,
         "doneEarly": a.doneEarly, "doneOnTime": a.doneOnTime, "doneLate": a.doneLate, "inProgress": a.inProgress,
         "lateInProgress": a.lateInProgress, "dueSoon": a.dueSoon, "onTimeRate": a.onTimeRate ?? NSNull()]
    }
}
