import Foundation
import IOCDomain
import Yams

/// A citizen-feedback system ("phản ánh kiến nghị") that speaks Open311 GeoReport v2: `requests.json` (or `.xml`)
/// read in date windows of at most 90 days, page by page, each request a feedback case.
///
/// ```yaml
///     kind: open311
///     url: "https://pakn.example.vn/open311/v2/"   # the endpoint: services.json, requests.json … are below it
///     format: json                   # or xml
///     jurisdiction_id: haiphong.gov.vn
///     page_size: 100                 # the page/page_size extension; 0 when the server does not page
///     window_days: 90                # each request covers at most this many days (the spec's limit is 90)
///     since_days: 30                 # how far back the first poll reads
///     date_field: updated_datetime   # what the server's start_date/end_date filter on (the spec: requested_datetime)
///     statuses: { open: new, closed: resolved, acknowledged: in_progress }
///     unknown_status: new            # for statuses not listed (the source's word is kept beside it)
/// ```
public struct Open311Source: Sendable, Hashable {
    /// Which of a request's times the server's `start_date`/`end_date` filter applies to.
    public enum DateField: String, Sendable, Hashable, CaseIterable {
        /// The spec's meaning: requests filed in the window. Changes to older requests are found by re-reading the
        /// ones still open, one `requests/{id}` each poll.
        case requested = "requested_datetime"
        /// Requests changed in the window (servers that filter on the last update): every change arrives.
        case updated = "updated_datetime"
    }

    public enum Format: String, Sendable, Hashable, CaseIterable {
        case json, xml
    }

    public var url: URL
    public var headers: [String: String]
    /// How the server's certificate is checked (https only).
    public var tls: TLSPolicy = .verify
    public var format: Format
    public var jurisdiction: String?
    /// Requests per page (`page_size`); 0 sends no paging parameters.
    public var pageSize: Int
    public var windowDays: Int
    public var sinceDays: Int
    public var dateField: DateField
    /// The source's status words → statuses; GeoReport's own two are `open` and `closed`.
    public var statuses: [String: EventStatus]
    /// The status of a request whose word is not in `statuses`.
    public var unknownStatus: EventStatus

    public static let defaultStatuses: [String: EventStatus] = ["open": .new, "closed": .resolved]

    public init(url: URL, headers: [String: String] = [:], format: Format = .json, jurisdiction: String? = nil,
                pageSize: Int = 100, windowDays: Int = 90, sinceDays: Int = 30, dateField: DateField = .updated,
                statuses: [String: EventStatus] = Open311Source.defaultStatuses, unknownStatus: EventStatus = .new) {
        self.url = url; self.headers = headers; self.format = format; self.jurisdiction = jurisdiction
        self.pageSize = pageSize; self.windowDays = windowDays; self.sinceDays = sinceDays; self.dateField = dateField
        self.statuses = statuses; self.unknownStatus = unknownStatus
    }

    static let keys = ["url", "headers", "format", "jurisdiction_id", "page_size", "window_days", "since_days",
                       "date_field", "statuses", "unknown_status"] + TLSPolicy.keys

    static func read(_ f: [String: Node], node: Node, key: String, reader: ConfigReader) -> Open311Source? {
        let errorsBefore = reader.errors.count
        let http = HTTPJSONSource.readURLAndHeaders(f, node: node, key: key, reader: reader)
        let format = f["format"].flatMap { reader.choice($0, key: "\(key).format", as: Format.self) } ?? .json
        let jurisdiction = f["jurisdiction_id"].flatMap { reader.string($0, key: "\(key).jurisdiction_id") }
        let pageSize = f["page_size"].flatMap { reader.int($0, key: "\(key).page_size", range: 0...1000) } ?? 100
        let windowDays = f["window_days"].flatMap { reader.int($0, key: "\(key).window_days", range: 1...90) } ?? 90
        let sinceDays = f["since_days"].flatMap { reader.int($0, key: "\(key).since_days", range: 1...3650) } ?? 30
        let dateField = f["date_field"].flatMap { reader.choice($0, key: "\(key).date_field", as: DateField.self) } ?? .updated
        var statuses = defaultStatuses
        if let mapNode = f["statuses"], let entries = reader.mapping(mapNode, key: "\(key).statuses", allowed: nil) {
            for entry in entries {
                if let status = reader.choice(entry.value, key: "\(key).statuses.\(entry.name)", as: EventStatus.self) {
                    statuses[entry.name] = status
                }
            }
        }
        let unknown = f["unknown_status"].flatMap { reader.choice($0, key: "\(key).unknown_status", as: EventStatus.self) } ?? .new
        guard reader.errors.count == errorsBefore, let (url, headers, tls) = http else { return nil }
        var source = Open311Source(url: url, headers: headers, format: format, jurisdiction: jurisdiction, pageSize: pageSize,
                             windowDays: windowDays, sinceDays: sinceDays, dateField: dateField, statuses: statuses,
                             unknownStatus: unknown)
        source.tls = tls
        return source
    }
}
