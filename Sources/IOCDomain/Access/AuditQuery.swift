import Foundation

/// Which audit records to show (`ioc audit show`): every filter given must hold; newest `limit` records, oldest first.
public struct AuditQuery: Sendable, Hashable {
    public var account: String?
    /// Records whose action is this code or starts with it and a dot (`alarm` matches `alarm.acknowledge`).
    public var action: String?
    public var outcome: AuditOutcome?
    public var since: Date?
    public var until: Date?
    public var limit: Int

    public init(account: String? = nil, action: String? = nil, outcome: AuditOutcome? = nil, since: Date? = nil,
                until: Date? = nil, limit: Int = 200) {
        self.account = account; self.action = action; self.outcome = outcome; self.since = since; self.until = until
        self.limit = limit
    }
}
