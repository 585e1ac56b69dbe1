import ArgumentParser
import Foundation
import IOCConsole
import IOCDomain
import IOCStore

/// `ioc handover show|export|start|accept`: the shift handover record from the shell.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover", abstract: "Show, export, start and accept shift handovers (giao ca).",
        discussion: ExitStatus.help, subcommands: [Show.self, Export.self, Start.self, Accept.self], defaultSubcommand: Show.self)

    /// The handover asked for, else the pending one, else the newest.
    /// The handover `id` (else the pending one, else the newest) as `context`'s account may read it.
    static func record(_ context: CommandContext, id: Int64?) throws -> HandoverRecord {
        try record(context.store, id: id).visible(to: context.scope)
    }

    static func record(_ store: any LogbookStore, id: Int64?) throws -> HandoverRecord {
        if let id {
            guard let r = try store.handover(id: id) else {
                throw CommandFailure.refused("không có biên bản giao ca #\(id)", "no handover #\(id)")
            }
            return r
        }
        guard let r = try store.pendingHandover() ?? store.latestHandover() else {
            throw CommandFailure.refused("chưa có biên bản giao ca nào", "no handover has been started yet")
        }
        return r
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the pending (else the newest) handover, and who is on duty, as text or --json.",
            discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Option(name: .long, help: "A handover number.") var id: Int64?
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.chosen
            let context = try common.openContext(create: false, command: "handover show")
            let store = context.store
            if json {
                var onDuty: Any = NSNull()
                if let duty = try store.onDuty() {
                    onDuty = ["name": duty.actor.name, "role": duty.actor.role.rawValue, "since": ListingJSON.time(duty.since)]
                }
                var handover: Any = NSNull()
                let exists = try id != nil || store.pendingHandover() != nil || store.latestHandover() != nil
                if exists {
                    handover = ListingJSON.handover(try HandoverCommand.record(context, id: id), lang)
                }
                try ListingJSON.print(["onDuty": onDuty, "handover": handover])
                return
            }
            if let duty = try store.onDuty() {
                let role = duty.actor.role.label(lang)
                print(lang.pick("Đang trực: \(duty.actor.name) (\(role)) từ \(VietnamTime.dateTime(duty.since))",
                                "On duty: \(duty.actor.name) (\(role)) since \(VietnamTime.dateTime(duty.since)) UTC+7"))
            } else {
                print(lang.pick("Đang trực: (chưa có ai nhận ca)", "On duty: (nobody has taken the shift)"))
            }
            if id == nil, try store.pendingHandover() == nil, try store.latestHandover() == nil {
                print(lang.pick("Chưa có biên bản giao ca nào (bắt đầu: F5 rồi b trong bảng điều khiển, hoặc ioc handover start).",
                                "No handover yet (start one: F5 then b in the console, or ioc handover start)."))
                return
            }
            let r = try HandoverCommand.record(context, id: id)
            let terminal = LogCommand.Terminal.standardOutput
            let (on, off) = terminal.bold ? ("\u{1B}[1m", "\u{1B}[22m") : ("", "")
            print(lang.pick("\(on)Biên bản giao ca #\(r.id) — ca \(r.shiftID) — \(r.state.labelVI)\(off)",
                            "\(on)Handover #\(r.id) — shift \(r.shiftID) — \(r.state.labelEN)\(off)"))
            for section in HandoverSection.allCases {
                print("\n\(on)\(lang.pick(section.titleVI, section.titleEN))\(off)")
                let lines = HandoverMarkdown.lines(section, of: r, lang)
                for row in PlainText.rows(markdown: lines, width: terminal.width, indent: "  ", bold: terminal.bold) { print(row) }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the handover record as Markdown (for printing or mailing).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Option(name: .long, help: "A handover number (default: the pending one, else the newest).") var id: Int64?
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "handover export")
            let record = try HandoverCommand.record(context, id: id)
            try context.audit(.export, target: "handover #\(record.id)", detail: "markdown")
            print(HandoverMarkdown.render(record, language.chosen), terminator: "")
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a handover: the record is assembled from the data now.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "Overall status: yen tinh|binh thuong|ban|khan cap (or quiet, normal, busy, emergency; or 1–4).")
        var status: String
        @Argument(help: "The narrative of the shift.") var narrative: [String]
        @OptionGroup var language: LanguageOption

        func run() throws {
            guard let s = HandoverStatus.named(status) else {
                throw ValidationError("--status must be one of: " + HandoverStatus.allCases.map(\.labelVI).joined(separator: ", "))
            }
            let context = try common.openContext(create: true, command: "handover start", identity: identity)
            let pattern = try common.loading().shiftPattern()
            let r = try context.store.startHandover(by: context.actor, status: s, narrative: narrative.joined(separator: " "),
                                            at: Date(), pattern: pattern)
            print(language.chosen.pick(
                "đã bắt đầu giao ca #\(r.id), ca \(r.shiftID): \(r.sections.openAlarms.count) cảnh báo mở, \(r.sections.logEntries.count) mục nhật ký",
                "handover #\(r.id) started for shift \(r.shiftID): \(r.sections.openAlarms.count) open alarms, \(r.sections.logEntries.count) log entries"))
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Accept the pending handover (with --reservations: supervisor only).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "Reservations, written (supervisor or admin).") var reservations: String?
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "handover accept", identity: identity)
            let store = context.store
            guard let pending = try store.pendingHandover() else {
                try context.audit(.handoverAccept, outcome: .refused, detail: "no handover waits for acceptance")
                throw CommandFailure.refused("không có biên bản giao ca nào chờ tiếp nhận", "no handover waits for acceptance")
            }
            let r = try store.acceptHandover(id: pending.id, by: context.actor, reservations: reservations, at: Date())
            print(language.chosen.pick("giao ca #\(r.id): \(r.state.labelVI) — \(r.incoming?.name ?? "")",
                                       "handover #\(r.id): \(r.state.rawValue) by \(r.incoming?.name ?? "")"))
        }
    }
}
