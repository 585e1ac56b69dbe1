import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc operators grant|revoke|list`: who may use this database (admin only). The actor of every other command is
/// the OS account the process runs under; its role and data domains come from the grant made here.
struct OperatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operators", abstract: "Grant, revoke and list the OS accounts that may use the IOC (admin only).",
        discussion: ExitStatus.help, subcommands: [Grant.self, Revoke.self, List.self, Restrict.self, Lift.self], defaultSubcommand: List.self)

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grant an OS account a role and restricted data domains (or change its grant).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "The OS account's login name (as `id -un` prints it).") var account: String
        @Option(name: .long, help: "The person's full name (for a shared account: the control room's name).") var name: String
        @Option(name: .long, help: "operator, supervisor, viewer or admin.") var role: String
        @Option(name: .long, help: "Restricted data domains it may see, comma-separated (\(Pillar.allCases.map(\.rawValue).joined(separator: ", "))), or all.")
        var domains: String = ""
        @Flag(name: .long, help: "A shared control-room account: each person signs on with their own name.") var shared = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            guard let r = OperatorRole(rawValue: role) else {
                throw ValidationError("--role must be one of: " + OperatorRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let context = try common.openContext(create: false, command: "operators grant")
            let set = try OperatorsCommand.domains(domains, context: context)
            let g = try context.store.grant(IOCDomain.Grant(account: account, name: name, role: r, domains: set, shared: shared,
                                                            grantedBy: "", grantedAt: Date()), by: context.actor, at: Date())
            print(language.chosen.pick("đã cấp quyền: ", "granted: ") + OperatorsCommand.row(g))
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke an OS account's grant.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "The OS account's login name.") var account: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "operators revoke")
            let old = try context.store.revoke(account, by: context.actor, at: Date())
            print(language.chosen.pick("đã thu hồi: ", "revoked: ") + OperatorsCommand.row(old))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every grant (tab-separated, or --json).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Flag(name: .long, help: "JSON.") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "operators list")
            try OperatorsCommand.requireAdmin(context, command: "operators list")
            let grants = try context.store.grants()
            if json {
                try ListingJSON.print(["operators": grants.map { g in
                    ["account": g.account, "name": g.name, "role": g.role.rawValue, "domains": g.domains.map(\.rawValue).sorted(),
                     "shared": g.shared, "grantedBy": g.grantedBy, "grantedAt": ListingJSON.time(g.grantedAt)] as [String: Any]
                }])
                return
            }
            print(["account", "name", "role", "domains", "shared", "granted_by", "granted_at"].joined(separator: "\t"))
            for g in grants { print(row(g)) }
        }
    }

    struct Restrict: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restrict data domains: only accounts granted them see them (kept in the database).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "Domains: \(Pillar.allCases.map(\.rawValue).joined(separator: ", ")).") var domains: [String]
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "operators restrict")
            try OperatorsCommand.requireAdmin(context, command: "operators restrict")
            let set = try OperatorsCommand.domains(domains.joined(separator: ","), context: context)
            try context.store.restrict(set, by: context.actor, at: Date(), detail: "ioc operators restrict")
            print(language.chosen.pick("lĩnh vực hạn chế: ", "restricted domains: ")
                  + (try context.store.restrictedDomains()).map(\.rawValue).sorted().joined(separator: ", "))
        }
    }

    struct Lift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lift a domain's restriction (a security.yaml that restricts it restricts it again).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "The domain.") var domain: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "operators lift")
            guard let d = Pillar(rawValue: domain) else { throw AccessRefusal.unknownDomain(domain) }
            try context.store.lift(d, by: context.actor, at: Date())
            let left = try context.store.restrictedDomains().map(\.rawValue).sorted()
            print(language.chosen.pick("lĩnh vực hạn chế: ", "restricted domains: ") + (left.isEmpty ? "-" : left.joined(separator: ", ")))
        }
    }

    /// One grant as a tab-separated row.
    static func row(_ g: IOCDomain.Grant) -> String {
        [g.account, g.name, g.role.rawValue, g.domains.isEmpty ? "-" : g.domains.map(\.rawValue).sorted().joined(separator: ","),
         g.shared ? "shared" : "personal", g.grantedBy, VietnamTime.dateTime(g.grantedAt)].joined(separator: "\t")
    }

    /// `--domains`: pillar names, comma-separated, or `all`; an unknown name is refused (and audited).
    static func domains(_ text: String, context: CommandContext) throws -> Set<Pillar> {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        if names == ["all"] { return Set(Pillar.allCases) }
        var set: Set<Pillar> = []
        for n in names {
            guard let p = Pillar(rawValue: n.replacingOccurrences(of: "-", with: "_")) else {
                try context.audit(.grant, outcome: .refused, detail: AccessRefusal.unknownDomain(n).text(.en))
                throw AccessRefusal.unknownDomain(n)
            }
            set.insert(p)
        }
        return set
    }

    /// Refuses (and audits) `command` unless the account is an admin.
    static func requireAdmin(_ context: CommandContext, command: String) throws {
        guard context.actor.role.managesAccess else {
            let refusal = AccessRefusal.adminOnly(account: context.store.account, role: context.actor.role)
            try context.audit(.command, outcome: .refused, target: command, detail: refusal.text(.en))
            throw refusal
        }
    }
}
