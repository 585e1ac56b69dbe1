import ArgumentParser
import Foundation
import IOCDomain
import IOCStore
import IOCStorePostgres

/// `ioc migrate-store --from PATH --to URL`: an SQLite cache copied whole into an empty PostgreSQL database (issue
/// 17) — every table, ids kept — then checked: each table's rows counted on both sides, the logbook's and the audit
/// trail's hash chains recomputed on the copy. Only the source's admin may (it copies every domain and the audit
/// trail); the copy's audit trail ends with a record of the migration, in the same chain.
struct MigrateStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-store", abstract: "Copy an SQLite cache into an empty PostgreSQL database, verified.",
        discussion: "Copies every table of --from (an SQLite file) into --to (postgres://USER@HOST[:PORT]/DATABASE, "
            + "which must hold no data), then compares every table's row count and recomputes the logbook's and the "
            + "audit trail's hash chains on the copy. Stop pollers and consoles on --from first.\n\n" + ExitStatus.help)

    @Option(name: .long, help: "The SQLite database file to copy.") var from: String
    @Option(name: .long, help: "The PostgreSQL database to copy into: postgres://USER@HOST[:PORT]/DATABASE.") var to: String
    @Option(name: .long, help: "Configuration folder (security.yaml).") var config: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.chosen
        guard PostgresLocation.isURL(to) else {
            throw CommandFailure(code: ExitStatus.usage, vi: "--to phải là postgres://NGƯỜI_DÙNG@MÁY/CSDL (đã cho \(to))",
                                 en: "--to must be postgres://USER@HOST/DATABASE (got \(to))")
        }
        var common = CommonOptions()
        common.db = from
        common.config = config
        let context = try common.openContext(create: false, command: "migrate-store")
        guard context.actor.role.managesAccess else {
            let refusal = AccessRefusal.adminOnly(account: context.store.account, role: context.actor.role)
            try context.audit(.command, outcome: .refused, target: "migrate-store", detail: refusal.text(.en))
            throw refusal
        }
        let target = try CommonOptions.openPostgres(to)
        var bar: ProgressBar?
        var current = ""
        let result: StoreCopy.Result
        do {
            result = try StoreCopy.copy(from: context.store, to: target) { table, done, total in
                if table != current {
                    bar?.finish()
                    current = table
                    bar = total > 0 ? ProgressBar(total: total, label: table) : nil
                }
                bar?.update(done)
            }
            bar?.finish()
        } catch let failure as StoreCopy.Failure {
            bar?.finish()
            throw CommandFailure(code: ExitStatus.refused, vi: "không sao chép: \(failure.description)",
                                 en: "not copied: \(failure.description)")
        }
        let rows = result.rows.map(\.copied).reduce(0, +)
        // On PostgreSQL the account is the login role, which the copied grants (of OS accounts) do not name: the
        // role this copy was made with takes the migrating admin's grant, so the database is not left without one.
        var grantedRole = false
        if try target.grant(for: target.account) == nil {
            let source = context.grant
            try target.grant(Grant(account: target.account, name: source.name, role: .admin, domains: source.domains,
                                   shared: source.shared, grantedBy: context.store.account, grantedAt: Date()),
                             by: context.actor, at: Date())
            grantedRole = true
        }
        try target.audit(AuditEvent(at: Date(), account: target.account, actor: context.actor.name,
                                    role: context.actor.role.rawValue, action: .migrateStore, target: target.path,
                                    detail: "from \(from): \(rows) rows in \(result.rows.count) tables"))
        for (table, copied) in result.rows { print("\(table)\t\(copied)") }
        if grantedRole {
            print(lang.pick("Vai trò đăng nhập \(target.account) nhận quyền quản trị của \(context.actor.name) (ioc operators grant để cấp cho người khác).",
                            "The login role \(target.account) takes \(context.actor.name)'s admin grant (ioc operators grant gives others theirs)."))
        }
        print(lang.pick("Đã sao chép \(rows) dòng của \(result.rows.count) bảng từ \(from) sang \(target.path); chuỗi băm nhật ký và nhật ký kiểm toán khớp.",
                        "Copied \(rows) rows of \(result.rows.count) tables from \(from) to \(target.path); the logbook's and the audit trail's hash chains verify."))
    }
}
