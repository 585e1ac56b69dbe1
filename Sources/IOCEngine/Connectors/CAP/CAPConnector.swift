import Foundation
import IOCConfig
import IOCDomain

/// Reads CAP 1.2 emergency alerts from a URL (one message, or an Atom/RSS feed that links or holds messages) or from
/// a drop folder of `.xml` files. Every message is checked against the CAP 1.2 schema (`CAPSchema`, held to
/// xmllint's verdicts); one that fails is named, with why, in the source's health, and the others are kept. A
/// message is identified by (sender, identifier, sent): the same message twice is one alert.
public struct CAPConnector: ConfiguredConnector {
    public let config: SourceConfig
    public let source: CAPSource
    public var sourceID: String { config.id }
    public var displayName: String { config.name }
    public var kind: String { config.kind.name }

    private let transport: HTTPTransport
    private let environment: [String: String]
    private let folder: DropFolder?

    /// Links read in one poll at most; the rest come next poll.
    static let maxLinksPerPoll = 50
    /// Links remembered as read, newest kept.
    static let maxRememberedLinks = 2000

    public init(config: SourceConfig, source: CAPSource,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.config = config
        self.source = source
        self.environment = environment
        self.transport = HTTPTransport(tls: source.tls)
        if case .folder(let path, let settle) = source.origin {
            folder = DropFolder(path: path, settle: settle, suffix: ".xml")
        } else {
            folder = nil
        }
    }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let wards = try WardNames.bundled.get()
        var messages: [CAPMessage] = []
        var problems: [String] = []
        var batch = Batch()
        switch source.origin {
        case .url(let url, let headers):
            let deadline = min(limits.timeoutSeconds, config.timeout)
            let started = Date()
            let maxBytes = min(limits.maxResponseBytes, config.maxBytes)
            let body = try await fetch(url, headers: headers, maxBytes: maxBytes, deadline: deadline, started: started)
            let tree: XMLTree
            do {
                tree = try XMLTree.parse(body)
            } catch let refusal as XMLTree.Refusal {
                throw PollError.invalidResponse(TextSanitizer.clean(refusal.message, maxCharacters: 200))
            }
            guard let items = CAPFeed.items(tree) else {
                throw PollError.invalidResponse("neither a CAP alert nor an Atom or RSS feed (root <\(TextSanitizer.clean(tree.name, maxCharacters: 40))>)")
            }
            var read = Self.links(in: cursor)
            var fetched = 0
            for item in items {
                switch item {
                case .message(let tree):
                    do { messages.append(try CAPMessage.read(tree)) } catch let refusal as CAPMessage.Refusal {
                        problems.append("an inline message: \(refusal.message)")
                    }
                case .link(let href):
                    guard !read.contains(href) else { continue }
                    guard fetched < Self.maxLinksPerPoll else { continue }   // the rest next poll
                    guard let link = followable(href, from: url) else {
                        problems.append("link \(TextSanitizer.clean(href, maxCharacters: 120)) is not on the feed's server; not followed")
                        read.append(href)
                        continue
                    }
                    fetched += 1
                    do {
                        let data = try await fetch(link, headers: headers, maxBytes: maxBytes, deadline: deadline, started: started)
                        messages.append(try CAPMessage.read(data))
                        read.append(href)
                    } catch let refusal as CAPMessage.Refusal {
                        problems.append("\(TextSanitizer.clean(href, maxCharacters: 120)): \(refusal.message)")
                        read.append(href)   // a message does not change: refused once is refused
                    } catch let error as PollError {
                        // Not read this time (a 404, a timeout): tried again next poll.
                        problems.append("\(TextSanitizer.clean(href, maxCharacters: 120)): \(error.description)")
                    }
                }
            }
            if read.count > Self.maxRememberedLinks { read.removeFirst(read.count - Self.maxRememberedLinks) }
            batch.cursor = read.joined(separator: "\n")
        case .folder:
            guard let folder else { return batch }
            let stored = try folder.begin(cursor: cursor, now: now)
            let (settled, unreadable) = try folder.settledFiles(now: now)
            problems += unreadable
            var read: [String] = []
            for name in settled where !stored.contains(name) {
                guard let data = folder.contents(name) else {
                    problems.append("\(name) cannot be read (its permissions?); left in the folder"); continue
                }
                if data.count > limits.maxResponseBytes {
                    problems.append(try folder.reject(name, "the file is larger than \(limits.maxResponseBytes) bytes", at: now))
                    continue
                }
                do {
                    messages.append(try CAPMessage.read(data))
                    read.append(name)
                } catch let refusal as CAPMessage.Refusal {
                    problems.append(try folder.reject(name, refusal.message, at: now))
                }
            }
            batch.cursor = DropFolder.cursor(read)
        }
        // One alert per message: the same (sender, identifier, sent) twice is read once; a chain in time order.
        var seen: Set<CAPMessage.Key> = []
        for message in messages.sorted(by: { $0.sentAt < $1.sentAt }) where seen.insert(message.key).inserted {
            if let problem = RecordClock.aheadProblem(
                "message \(TextSanitizer.clean(message.key.identifier, maxCharacters: 80))", message.sentAt, now: now) {
                problems.append(problem + "; left out")
                continue
            }
            if let event = CAPEvents.event(message, now: now, wards: wards, centroids: source.wardCentroids) { batch.events.append(event) }
        }
        // A chain's Alert, Update and Cancel are one alert: its newest message stands for it.
        batch.events = DuplicateRecords.newestPerCase(batch.events)
        batch.rejected = LeftOut.note(problems, "CAP messages left out")
        return batch
    }

    /// The links a previous poll read (one per line).
    static func links(in cursor: String?) -> [String] {
        (cursor ?? "").split(separator: "\n").map(String.init)
    }

    /// A feed's link as a URL to fetch: resolved against the feed, and only on the feed's scheme, host and port.
    func followable(_ href: String, from feed: URL) -> URL? {
        guard let url = URL(string: href.trimmingCharacters(in: .whitespaces), relativeTo: feed)?.absoluteURL,
              URLOrigin.same(url, feed) else { return nil }
        return url
    }

    private func fetch(_ url: URL, headers: [String: String], maxBytes: Int, deadline: Double, started: Date) async throws -> Data {
        let left = deadline - Date().timeIntervalSince(started)
        if left <= 0 { throw PollError.timeout(seconds: deadline) }
        let request = try HTTPRequests.get(url, accept: "application/cap+xml, application/atom+xml, application/rss+xml, application/xml, text/xml",
                                           headers: headers, environment: environment)
        let body = try await transport.fetch(request, maxBytes: maxBytes, timeout: left)
        try Task.checkCancellation()
        return body
    }
}
