import IOCDomain
import TUICore

/// The status bar's text, fitted to a width by one ordered list of degradations tried until the bar fits: each part
/// has its forms from the widest to the shortest, and each step moves one part to its next form. The unacknowledged
/// alarm count and a pending handover's marker are in every form, so no width drops them; the name of who is on duty,
/// the shift and the city are shortened before any count goes, and the widest form is never what is left to be cut.
struct StatusBarFitting: Equatable {
    /// A part of the bar that has shorter forms.
    enum Part: Equatable {
        case city, duty, shift, handover, counts, right
    }

    /// The steps, in the order they are tried. The role and the handover's long wording go first, then the counts
    /// abbreviate; then the name, the shift and the city shorten; only then do counts other than the alarm count go.
    /// The shift keeps its short form ("ca 06–14") at every width.
    static let degradations: [Part] = [
        .handover, .duty, .counts,   // "⇄#3", no role, abbreviated counts
        .duty, .shift, .city,        // name to 20 columns, "ca 06–14", "IOC"
        .duty, .counts,              // name to 14 columns, the short counts
        .city, .counts,              // no city, alarms and sources only
        .duty, .counts,              // name to 10 columns, the alarm count alone
        .right,                      // the clock without "UTC+7"
        .right,                      // the clock alone, without the database's age
    ]

    var city: [String]
    var duty: [String]
    var shift: [String]
    var handover: [String]
    var counts: [String]
    var right: [String]

    /// The form each part is at.
    private var at: [Part: Int] = [:]

    init(city: [String], duty: [String], shift: [String], handover: [String], counts: [String], right: [String]) {
        self.city = city
        self.duty = duty
        self.shift = shift
        self.handover = handover
        self.counts = counts
        self.right = right
    }

    private func form(_ part: Part) -> String {
        let forms: [String]
        switch part {
        case .city: forms = city
        case .duty: forms = duty
        case .shift: forms = shift
        case .handover: forms = handover
        case .counts: forms = counts
        case .right: forms = right
        }
        guard !forms.isEmpty else { return "" }
        return forms[min(at[part] ?? 0, forms.count - 1)]
    }

    /// "IOC HẢI PHÒNG · Trực: Lan (trực ban) · ca 06:00–14:00 · ⇄ giao ca #3 chờ nhận".
    var left: String {
        let dutyPart = [form(.duty), form(.shift)].filter { !$0.isEmpty }.joined(separator: " · ") + form(.handover)
        return [form(.city), dutyPart].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    var center: String { form(.counts) }
    var rightText: String { form(.right) }

    /// Left, centre and right with at least a space between each.
    func fits(_ width: Int) -> Bool {
        let parts = [left, center, rightText].map(TextWidth.of).filter { $0 > 0 }
        return parts.reduce(0, +) + max(0, parts.count - 1) <= width
    }

    /// The first state of the degradation list that fits `width`, else the last one.
    func fitted(to width: Int) -> StatusBarFitting {
        var state = self
        if state.fits(width) { return state }
        for part in Self.degradations {
            state.at[part, default: 0] += 1
            if state.fits(width) { return state }
        }
        return state
    }

    /// The on-duty name's forms: with the role, without, then cut to 20, 14 and 10 columns.
    static func dutyForms(_ m: ConsoleModel) -> [String] {
        let lang = m.language
        guard let d = m.onDuty else { return [lang.pick("Chưa có người trực", "Nobody on duty")] }
        let label = lang.pick("Trực: ", "On duty: ")
        let role = " (" + d.actor.role.label(lang) + ")"
        return [label + d.actor.name + role, label + d.actor.name] + [20, 14, 10].map { label + TextWidth.truncate(d.actor.name, to: $0) }
    }

    /// "ca 06:00–14:00", then "ca 06–14" (minutes kept when a shift starts off the hour).
    static func shiftForms(_ m: ConsoleModel) -> [String] {
        let hours = m.shiftPattern.shift(at: m.now).hoursText
        let label = m.language.pick("ca ", "shift ")
        return [label + hours, label + hours.replacingOccurrences(of: ":00", with: "")]
    }

    static func handoverForms(_ m: ConsoleModel) -> [String] {
        guard let p = m.pendingHandover else { return [""] }
        return [m.language.pick(" · ⇄ giao ca #\(p.id) chờ nhận", " · ⇄ handover #\(p.id) awaits acceptance"), " ⇄#\(p.id)"]
    }
}
