import Foundation
import IOCConfig
import IOCDomain

/// Reads citizen feedback from an Open311 GeoReport v2 endpoint: `requests.{json|xml}` in date windows of at most
/// `window_days` (the spec allows 90), from where the last poll stopped, every page of each (the `page`/`page_size`
/// extension); when the server's dates are filing times, up to `recheckPerPoll` requests still open are re-read by
/// `requests/{id}` each poll, so a case closed later is seen closed.
public struct Open311Connector: ConfiguredConnector {
    public let config: SourceConfig
    public let source: Open311Source
    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let transport: HTTPTransport
    private let environment: [String: String]

    /// A window is read again from this long before where the last one ended (a request written as it closed).
    static let overlap: TimeInterval = 60
    /// More pages than this in one window is an error (the window should be shorter).
    static let maxPages = 50
    static let recheckPerPoll = 10

    public init(config: SourceConfig, source: Open311Source,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.config = config
        self.source = source
        self.environment = environment
        self.transport = HTTPTransport(tls: source.tls)
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let deadline = min(limits.timeoutSeconds, config.timeout)
        let maxBytes = min(limits.maxResponseBytes, config.maxBytes)
        let started = Date()
        let previous = Open311Cursor.decode(cursor)
        let window = Self.window(after: previous?.at, now: now, source: source)
        let reader = Open311Records(source: source, now: now)

        var records: [[String: Any]] = []
        var seen: Set<String> = []
        for page in 1...Self.maxPages {
            let body = try await fetch(requestsURL(window: window, page: page), maxBytes: maxBytes,
                                       timeout: remaining(deadline, since: started))
            let pageRecords = try reader.records(from: body)
            let ids = pageRecords.compactMap { $0["service_request_id"].flatMap(JSONScalarText.text) }
            let fresh = ids.filter { !seen.contains($0) }
            // A server that ignores `page` answers the same requests again: stop there.
            if page > 1 && !ids.isEmpty && fresh.isEmpty { break }
            seen.formUnion(ids)
            records += pageRecords
            if source.pageSize == 0 || pageRecords.count < source.pageSize { break }
            if page == Self.maxPages {
                throw PollError.invalidResponse("more than \(Self.maxPages) pages of \(source.pageSize) requests in "
                                                + "one window; set a shorter window_days")
            }
        }
        var (events, problems) = reader.events(records)
        if !records.isEmpty && events.isEmpty {
            throw PollError.invalidResponse("none of \(records.count) requests could be read; \(problems[0])")
        }

        var open = previous?.open ?? []
        if source.dateField == .requested {
            let checked = Array(open.prefix(Self.recheckPerPoll))
            open.removeFirst(checked.count)
            for id in checked where !events.contains(where: { $0.externalID == id }) {
                do {
                    let body = try await fetch(requestURL(id: id), maxBytes: maxBytes,
                                               timeout: remaining(deadline, since: started))
                    let (found, foundProblems) = reader.events(try reader.records(from: body))
                    events += found
                    problems += foundProblems
                } catch PollError.httpStatus(404) {
                    problems.append("request \(id) is no longer served (404)")
                }
            }
            let nowOpen = events.filter(\.status.isOpen).map(\.externalID)
            let closed = Set(events.filter { !$0.status.isOpen }.map(\.externalID))
            open = open.filter { !closed.contains($0) && !nowOpen.contains($0) } + nowOpen
            if open.count > Open311Cursor.maxOpen { open.removeFirst(open.count - Open311Cursor.maxOpen) }
        }

        // One version per request, the newest: a request can be in a window and re-read by id.
        var batch = Batch(events: DuplicateRecords.newestPerCase(events))
        let newest = records.compactMap { reader.date($0, source.dateField.rawValue) }.max()
        batch.cursor = try Open311Cursor(at: Self.cursorTime(window: window, newest: newest, previous: previous?.at, now: now),
                                     open: open).encoded()
        batch.rejected = LeftOut.note(problems, "of \(records.count) requests rejected")
        batch.addNote(ControlText.note(records, what: "request"))
        return batch
    }

    /// The window a poll reads: from the last covered time (less the overlap) or `since_days` back, to at most
    /// `window_days` later and never past now.
    static func window(after at: Date?, now: Date, source: Open311Source) -> (start: Date, end: Date) {
        let start = min(at.map { $0.addingTimeInterval(-overlap) } ?? now.addingTimeInterval(-Double(source.sinceDays) * 86_400),
                        now.addingTimeInterval(-overlap))
        return (start, min(start.addingTimeInterval(Double(source.windowDays) * 86_400), now))
    }

    /// Where the next window starts: the window's end when it stopped short of now (the next one continues), else
    /// the newest time read (never past the window, so a request stamped in the future cannot skip the present).
    static func cursorTime(window: (start: Date, end: Date), newest: Date?, previous: Date?, now: Date) -> Date {
        if window.end < now { return window.end }
        let reached = min(newest ?? window.start, window.end)
        return max(reached, previous ?? window.start)
    }

    func requestsURL(window: (start: Date, end: Date), page: Int) -> URL {
        var parameters = [("start_date", Self.w3(window.start)), ("end_date", Self.w3(window.end))]
        if source.pageSize > 0 { parameters += [("page", String(page)), ("page_size", String(source.pageSize))] }
        if let jurisdiction = source.jurisdiction { parameters.append(("jurisdiction_id", jurisdiction)) }
        return HTTPRequests.url(source.url.appendingPathComponent("requests.\(source.format.rawValue)"), adding: parameters)
    }

    func requestURL(id: String) -> URL {
        // The id as one path segment, whatever it holds (a `/` or `?` in a hostile id stays inside it).
        var unreserved = CharacterSet.alphanumerics
        unreserved.insert(charactersIn: "-._~")
        let segment = (id.addingPercentEncoding(withAllowedCharacters: unreserved) ?? id) + "." + source.format.rawValue
        var components = URLComponents(url: source.url, resolvingAgainstBaseURL: false)
        let base = components?.percentEncodedPath ?? "/"
        components?.percentEncodedPath = (base.hasSuffix("/") ? base : base + "/") + "requests/" + segment
        let url = components?.url ?? source.url
        return HTTPRequests.url(url, adding: source.jurisdiction.map { [("jurisdiction_id", $0)] } ?? [])
    }

    private func fetch(_ url: URL, maxBytes: Int, timeout: Double) async throws -> Data {
        let accept = source.format == .json ? "application/json" : "application/xml, text/xml"
        let request = try HTTPRequests.get(url, accept: accept, headers: source.headers, environment: environment)
        let body = try await transport.fetch(request, maxBytes: maxBytes, timeout: timeout)
        try Task.checkCancellation()
        return body
    }

    /// What is left of the poll's deadline (every page shares it).
    private func remaining(_ deadline: Double, since started: Date) throws -> Double {
        let left = deadline - Date().timeIntervalSince(started)
        if left <= 0 { throw PollError.timeout(seconds: deadline) }
        return left
    }

    /// A time as GeoReport's w3 format in UTC (`2010-01-01T00:00:00Z`).
    static func w3(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
