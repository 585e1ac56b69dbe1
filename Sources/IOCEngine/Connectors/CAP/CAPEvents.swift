import Foundation
import IOCDomain

/// A CAP message as the alert the IOC tracks (an event of kind `alert`): one event per chain of messages — an
/// `Update` or `Cancel` is filed under the first message its `references` name, so it replaces that alert rather than
/// adding one; a `Cancel` cancels it, and a passed `expires` closes it. `Exercise`, `Test`, `System` and `Draft`
/// messages are kept and marked as such in their title, never as real (`sourceStatus` holds the CAP status and
/// message type: only `Actual` raises an alarm).
package enum CAPEvents {
    /// The title marks of messages that are not real, in Vietnamese and English.
    static func mark(_ status: String) -> (vi: String, en: String)? {
        switch status {
        case "Exercise": return ("[DIỄN TẬP] ", "[EXERCISE] ")
        case "Test": return ("[THỬ NGHIỆM] ", "[TEST] ")
        case "System": return ("[HỆ THỐNG] ", "[SYSTEM] ")
        case "Draft": return ("[NHÁP] ", "[DRAFT] ")
        default: return nil
        }
    }

    /// The alert of `message` at time `now`; nil for messages that carry no alert (`Ack`, `Error`, or no `<info>`
    /// on an Alert).
    package static func event(_ message: CAPMessage, now: Date, wards: WardNames, centroids: [WardCentroid] = []) -> CityEvent? {
        guard ["Alert", "Update", "Cancel"].contains(message.msgType) else { return nil }
        let vi = message.infos.first { $0.language.lowercased().hasPrefix("vi") } ?? message.infos.first
        let en = message.infos.first { $0.language.lowercased().hasPrefix("en") }
        guard vi != nil || message.msgType == "Cancel" else { return nil }
        let root = message.msgType == "Alert" ? message.key : (message.references.first ?? message.key)
        let mark = mark(message.status)
        func clean(_ text: String?, _ max: Int) -> String? {
            guard let text else { return nil }
            let cleaned = TextSanitizer.clean(text, maxCharacters: max)
            return cleaned.isEmpty ? nil : cleaned
        }
        let headline = clean(vi?.headline ?? vi?.event, 200) ?? clean(message.key.identifier, 200) ?? "CAP"
        let headlineEN = en.flatMap { clean($0.headline ?? $0.event, 200) }
        /// The mark before a headline, unless the sender already wrote it there.
        func marked(_ mark: String?, _ headline: String) -> String {
            guard let mark else { return headline }
            return headline.uppercased().hasPrefix(mark.trimmingCharacters(in: .whitespaces)) ? headline : mark + headline
        }
        let expires = (vi ?? en)?.expires
        let status: EventStatus
        var closedAt: Date?
        if message.msgType == "Cancel" {
            status = .cancelled; closedAt = message.sentAt
        } else if let expires, expires <= now {
            status = .closed; closedAt = expires
        } else {
            status = .open
        }
        let info = vi ?? en
        let areas = info?.areas ?? []
        // The ward: an official code among the geocodes, else the ward the area's words name, else the wards whose
        // centroid the area's polygons and circles hold (the first, by the centroids file's order; all are listed).
        let inShapes = areas.flatMap { CAPGeometry.wards(in: $0, centroids: centroids) }
        let ward = areas.lazy.compactMap { area in
            area.geocodes.lazy.map(\.value).first(where: wards.isCode) ?? wards.code(in: area.description)
        }.first ?? inShapes.first
        var detail = [info?.description, info?.instruction].compactMap { clean($0, 2000) }.joined(separator: "\n")
        if let areaText = clean(areas.map(\.description).joined(separator: "; "), 300) {
            detail += (detail.isEmpty ? "" : "\n") + "Khu vực: " + areaText
        }
        if !inShapes.isEmpty {
            var unique: [String] = []
            for code in inShapes where !unique.contains(code) { unique.append(code) }
            detail += (detail.isEmpty ? "" : "\n") + "Phường/xã trong vùng (mã): " + unique.prefix(40).joined(separator: ", ")
                + (unique.count > 40 ? ", …" : "")
        }
        return CityEvent(
            kind: .alert, externalID: TextSanitizer.clean(root.text, maxCharacters: 200),
            title: marked(mark?.vi, headline), status: status,
            // The alert's event type as the sender names it ("Bão", "Lũ quét", "Typhoon"): what an operator and a
            // scenario's `cap_event` trigger go by; CAP's coarse category ("Met") when it names none.
            category: TextSanitizer.clean(info.map { $0.event.isEmpty ? $0.categories.first ?? "" : $0.event } ?? "", maxCharacters: 40),
            wardCode: ward, openedAt: info?.onset ?? info?.effective ?? message.sentAt, dueAt: expires,
            closedAt: closedAt, updatedAt: message.sentAt,
            severity: info.map { CAPPriority.priority(severity: $0.severity, urgency: $0.urgency, certainty: $0.certainty) },
            detail: detail, titleEN: headlineEN.map { marked(mark?.en, $0) },
            sourceStatus: "\(message.status) \(message.msgType)")
    }
}
