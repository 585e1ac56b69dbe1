import Foundation

/// An audit record as a syslog message (RFC 5424) with the record in structured data, framed by octet counting
/// (RFC 6587, 3.4.1) for TCP and TLS transports (RFC 5425).
///
/// `<PRI>1 TIMESTAMP HOSTNAME ioc PROCID MSGID [ioc@PEN id="17" account="…" actor="…" role="…" action="…"
/// outcome="…" target="…" hash="…" prev="…"] BOM detail`. Facility 10 (security/authorization); severity notice for
/// a done action, warning for a refusal. MSGID is the action code. The record id lets the collector check that none
/// is missing or twice; the hashes let it check the chain on its side.
public enum SyslogMessage {
    /// RFC 5612's example enterprise number, for documentation: set your organisation's own in `security.yaml`.
    public static let exampleEnterpriseNumber = 32473

    /// The message (without framing). `hostname` and `processID` are printable ASCII (others become `-`).
    public static func format(_ r: AuditRecord, hostname: String, processID: Int32, enterpriseNumber: Int) -> String {
        let e = r.event
        let severity = e.outcome == .refused ? 4 : 5
        let pri = 10 * 8 + severity
        let sd = "[ioc@\(enterpriseNumber)"
            + [("id", String(r.id)), ("account", e.account), ("actor", e.actor), ("role", e.role),
               ("action", e.action.rawValue), ("outcome", e.outcome.rawValue), ("target", e.target),
               ("domain", e.domain?.rawValue ?? ""), ("hash", r.hash),
               ("prev", r.previousHash)]
                .map { " \($0.0)=\"\(paramValue($0.1))\"" }.joined()
            + "]"
        let header = "<\(pri)>1 \(timestamp(e.at)) \(field(hostname, max: 255)) ioc \(processID) \(field(e.action.rawValue, max: 32))"
        let message = e.detail.isEmpty ? "" : " \u{FEFF}" + e.detail
        return header + " " + sd + message
    }

    /// Octet-counting framing: the message's length in bytes, a space, the message.
    public static func frame(_ message: String) -> Data {
        let bytes = Data(message.utf8)
        return Data("\(bytes.count) ".utf8) + bytes
    }

    /// RFC 3339 with milliseconds, in UTC (`2026-12-07T01:15:00.123Z`).
    static func timestamp(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = Date(timeIntervalSince1970: TimeInterval(ms.quotient(1000)))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: seconds)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!,
                      Int(ms.remainder(1000)))
    }

    /// A header field: printable US-ASCII without spaces, at most `max` characters; empty becomes the NILVALUE `-`.
    static func field(_ text: String, max: Int) -> String {
        let kept = String(text.unicodeScalars.filter { $0.value >= 33 && $0.value <= 126 }.prefix(max).map(Character.init))
        return kept.isEmpty ? "-" : kept
    }

    /// An SD-PARAM value: UTF-8, with `"`, `\` and `]` escaped by a backslash (RFC 5424, 6.3.3).
    /// By Unicode scalar, not by character: a quote followed by a combining mark is one character but still a quote
    /// to a collector's parser.
    static func paramValue(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u == "\"" || u == "\\" || u == "]" { out.append("\\") }
            out.append(u)
        }
        return String(out)
    }
}

private extension Int64 {
    /// Floor division and its non-negative remainder (times before 1970 stay well formed).
    func quotient(_ d: Int64) -> Int64 { self >= 0 ? self / d : (self - d + 1) / d }
    func remainder(_ d: Int64) -> Int64 { self - quotient(d) * d }
}
