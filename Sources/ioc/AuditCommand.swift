import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc audit verify|show`: the audit trail of who did what (supervisor or admin), and its hash-chain check.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Verify and show the audit trail (supervisor or admin).",
        discussion: ExitStatus.help, subcommands: [Verify.self, Show.self], defaultSubcommand: Show.self)

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain: exit 0 \"ok, N records\", or 1 naming the first bad record.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "audit verify")
            try AuditCommand.requireSupervisor(context, command: "audit verify")
            switch try context.store.verifyAuditChain() {
            case .intact(let n):
                print("ok, \(n) \(n == 1 ? "record" : "records")")
            case .broken(let id, let reason, let reasonEN):
                print("FAILED: record #\(id): \(language.chosen.pick(reason, reasonEN))")
                throw ExitCode(ExitStatus.refused)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show audit records, oldest first (tab-separated, or --json).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Option(name: .long, help: "Only this OS account.") var account: String?
        @Option(name: .long, help: "Only this action, or its family (alarm, log, handover, source, access, …).") var action: String?
        @Option(name: .long, help: "ok or refused.") var outcome: String?
        @Option(name: .long, help: "From this time, ISO 8601 with an offset.") var since: String?
        @Option(name: .long, help: "Before this time, ISO 8601 with an offset.") var until: String?
        @Option(name: .long, help: "At most this many (the newest).") var limit: Int = 200
        @Flag(name: .long, help: "JSON.") var json = false
        @OptionGroup var language: LanguageOption

        func validate() throws {
            if let outcome, AuditOutcome(rawValue: outcome) == nil { throw ValidationError("--outcome must be ok or refused") }
            for (name, value) in [("--since", since), ("--until", until)] {
                if let value, LogCommand.parseTime(value) == nil {
                    throw ValidationError("\(name) must be ISO 8601 with an offset, e.g. 2026-11-22T08:15:00+07:00")
                }
            }
            guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let context = try common.openContext(create: false, command: "audit show")
            try AuditCommand.requireSupervisor(context, command: "audit show")
            let every = try context.store.auditRecords(AuditQuery(
                account: account, action: action, outcome: outcome.flatMap(AuditOutcome.init), since: since.flatMap(LogCommand.parseTime),
                until: until.flatMap(LogCommand.parseTime), limit: limit))
            // The trail is read by the same scope as the data: notes on an alarm of a hidden domain are not shown.
            let records = every.filter { context.scope.allows($0.event.domain) }
            if records.count < every.count {
                let names = context.scope.hiddenNames(language.chosen).joined(separator: ", ")
                FileHandle.standardError.write(Data(language.chosen.pick(
                    "⊘ \(every.count - records.count) bản ghi thuộc lĩnh vực hạn chế (\(names)) không hiển thị\n",
                    "⊘ \(every.count - records.count) records of restricted domains (\(names)) not shown\n").utf8))
            }
            if json {
                try ListingJSON.print(["records": records.map { r in
                    ["id": r.id, "at": ListingJSON.time(r.event.at), "account": r.event.account, "actor": r.event.actor,
                     "role": r.event.role, "action": r.event.action.rawValue, "outcome": r.event.outcome.rawValue,
                     "target": r.event.target, "detail": r.event.detail, "domain": r.event.domain?.rawValue ?? NSNull(),
                     "hash": r.hash] as [String: Any]
                }])
                return
            }
            print(["id", "at", "account", "actor", "role", "action", "outcome", "target", "detail"].joined(separator: "\t"))
            for r in records {
                let e = r.event
                // Stored text is already clean of control characters; tabs and line breaks would split the row.
                let detail = e.detail.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                print([String(r.id), VietnamTime.dateTime(e.at), e.account, e.actor, e.role.isEmpty ? "-" : e.role,
                       e.action.rawValue, e.outcome.rawValue, e.target.isEmpty ? "-" : e.target, detail.isEmpty ? "-" : detail]
                    .joined(separator: "\t"))
            }
        }
    }

    /// Refuses (and audits) `command` unless the account is a supervisor or an admin.
    static func requireSupervisor(_ context: CommandContext, command: String) throws {
        guard context.actor.role.allows(.supervisor) else {
            let refusal = AccessRefusal.supervisorOnly(account: context.store.account, role: context.actor.role)
            try context.audit(.command, outcome: .refused, target: command, detail: refusal.text(.en))
            throw refusal
        }
    }
}
