/// What an audit record is about: a stable code (ASCII, at most 32 characters, so it is also the syslog MSGID).
public struct AuditAction: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let signOn = AuditAction(rawValue: "sign_on")
    public static let signOff = AuditAction(rawValue: "sign_off")
    /// A command-line command run by an account (its arguments in the detail; secrets are never arguments).
    public static let command = AuditAction(rawValue: "command")
    public static let logAdd = AuditAction(rawValue: "log.add")
    public static let handoverStart = AuditAction(rawValue: "handover.start")
    public static let handoverAccept = AuditAction(rawValue: "handover.accept")
    public static let grant = AuditAction(rawValue: "access.grant")
    public static let revoke = AuditAction(rawValue: "access.revoke")
    public static let restrict = AuditAction(rawValue: "access.restrict")
    public static let lift = AuditAction(rawValue: "access.lift")
    public static let configLoad = AuditAction(rawValue: "config.load")
    public static let export = AuditAction(rawValue: "export")
    /// Simulated history written into a simulated city's cache (`ioc backfill`).
    public static let backfill = AuditAction(rawValue: "backfill")
    /// A whole store copied into another engine's database (`ioc migrate-store`), recorded in the copy.
    public static let migrateStore = AuditAction(rawValue: "migrate_store")
    /// An alarm action: `alarm.acknowledge`, `alarm.shelve`, … (the `AlarmInput` names).
    public static func alarm(_ input: AlarmInput) -> AuditAction { AuditAction(rawValue: "alarm." + input.name) }
    /// A scenario run action: `run.start`, `run.completeStep`, … (the `RunInput` names).
    public static func run(_ name: String) -> AuditAction { AuditAction(rawValue: "run." + name) }
    /// A source action: `source.pause`, `source.resume`, `source.poll_now`.
    public static func source(_ action: SourceAction) -> AuditAction { AuditAction(rawValue: "source." + action.rawValue) }
}
