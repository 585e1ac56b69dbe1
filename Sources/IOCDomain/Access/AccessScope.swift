/// What one account may see: every domain but the restricted ones it was not granted (`security.yaml` restricts,
/// `ioc operators grant --domains` grants). The one rule every screen, export and command filters by.
public struct AccessScope: Sendable, Hashable {
    /// The domains hidden from this account: restricted and not granted.
    public let hidden: Set<Pillar>

    public init(restricted: Set<Pillar>, granted: Set<Pillar>) {
        hidden = restricted.subtracting(granted)
    }

    /// Nothing hidden (no restricted domain, or an account granted them all).
    public static let everything = AccessScope(restricted: [], granted: [])

    /// Whether data of `domain` is shown; data of no domain (the IOC's own: sources, a silent poller) always is.
    public func allows(_ domain: Pillar?) -> Bool { domain.map { !hidden.contains($0) } ?? true }

    /// Whether `alarm` is shown: by its domain; an alarm with none is shown when it is the IOC's own (a source down),
    /// else it was kept from before alarms had a domain, and is hidden while anything is hidden (its domain unknown).
    public func allows(_ alarm: Alarm) -> Bool { allows(alarmOf: alarm.domain, kind: alarm.kind) }

    /// The same rule for an alarm known only by its stored domain and kind (a report's rows).
    public func allows(alarmOf domain: Pillar?, kind: AlarmKind) -> Bool {
        if let domain { return allows(domain) }
        return hidden.isEmpty || kind.isTheIOCsOwn
    }

    /// The hidden domains, named in `language` and in a fixed order, for "what is hidden is said".
    public func hiddenNames(_ language: Language) -> [String] {
        Pillar.allCases.filter(hidden.contains).map { $0.label(language) }
    }
}
