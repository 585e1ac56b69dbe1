import ArgumentParser
import Foundation
import IOCConsole
import IOCDomain
import IOCStore
#if canImport(Glibc)
import Glibc
#endif

/// `ioc log add|show|verify`: the shift logbook from the shell. Entries go through the same append-only,
/// hash-chained store as the console's.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Write, show and verify the shift logbook (nhật ký ca).",
        discussion: ExitStatus.help, subcommands: [Add.self, Show.self, Verify.self], defaultSubcommand: Show.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Append an entry (a correction with --corrects N).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "sự kiện|chỉ đạo|liên hệ cơ quan|kỹ thuật|khác (or event, directive, agency, technical, other; or 1–5). Default: sự kiện, or the corrected entry's.")
        var category: String?
        @Option(name: .long, help: "When it happened, ISO 8601 (e.g. 2026-11-22T08:15:00+07:00); default now.")
        var eventTime: String?
        @Option(name: .long, help: "A linked alarm, e.g. A17 (repeatable); it must exist.") var alarm: [String] = []
        @Option(name: .long, help: "A linked agency code (repeatable); it must be in the store's agencies.") var agency: [String] = []
        @Option(name: .long, help: "A linked ward code (repeatable); it must be in the store's wards.") var ward: [String] = []
        @Option(name: .long, help: "The entry number this one corrects.") var corrects: Int64?
        @Argument(help: "The text (Vietnamese welcome).") var text: [String]
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: true, command: "log add", identity: identity)
            let store = context.store
            let chosen: LogCategory
            if let category {
                guard let c = LogCategory.named(category) else {
                    throw ValidationError("--category must be one of: " + LogCategory.allCases.map(\.labelVI).joined(separator: ", ")
                                          + " (" + LogCategory.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                chosen = c
            } else {
                chosen = try corrects.flatMap { try store.logEntry(id: $0)?.category } ?? .event
            }
            let now = Date()
            var eventAt: Date?
            if let eventTime {
                guard let d = LogCommand.parseTime(eventTime) else {
                    throw ValidationError("--event-time must be ISO 8601 with an offset, e.g. 2026-11-22T08:15:00+07:00")
                }
                eventAt = d
            }
            // A link to an alarm this account may not see is refused (and audited), as asking for it would be.
            for reference in alarm {
                if let a = try store.alarm(reference: reference) {
                    try context.requireVisible(a, command: "log add", what: language.chosen.pick("Cảnh báo \(reference)", "Alarm \(reference)"))
                }
            }
            let pattern = try common.loading().shiftPattern()
            let draft = LogEntryDraft(author: context.actor, category: chosen, text: text.joined(separator: " "),
                                      eventAt: eventAt, writtenAt: now, alarmIDs: alarm, agencyCodes: agency, wardCodes: ward,
                                      corrects: corrects)
            let e = try store.appendLogEntry(draft, pattern: pattern)
            print("#\(e.id)\t\(e.shiftID)\t\(e.hash)")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show entries, oldest first (corrections point to what they correct), as text or --json.",
            discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Option(name: .long, help: "Only this shift, e.g. \"2026-11-22 06:00\", or \"current\".") var shift: String?
        @Option(name: .long, help: "Only this category.") var category: String?
        @Option(name: .long, help: "Accent-insensitive text search (\"ha noi\" finds \"Hà Nội\").") var search: String?
        @Option(name: .long, help: "At most this many (the newest).") var limit: Int = 1000
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try common.openContext(create: false, command: "log show").store
            let lang = language.chosen
            var query = LogQuery(search: search, limit: limit)
            if let category {
                guard let c = LogCategory.named(category) else { throw ValidationError("unknown --category '\(category)'") }
                query.category = c
            }
            if let shift {
                query.shiftID = shift == "current"
                    ? try common.loading().shiftPattern().shift(at: Date()).id : shift
            }
            let entries = try store.logEntries(query)
            let correctedBy = Dictionary(grouping: entries.filter { $0.corrects != nil }, by: { $0.corrects! })
            let alarmIDs = try store.alarmDisplayIDs(keys: entries.flatMap(\.alarmIDs))
            if json {
                try ListingJSON.print(["entries": entries.map {
                    ListingJSON.logEntry($0, correctedBy: correctedBy[$0.id]?.map(\.id) ?? [], alarmIDs: alarmIDs, language.chosen)
                }])
                return
            }
            let terminal = LogCommand.Terminal.standardOutput
            for var e in entries {
                e.alarmIDs = e.alarmIDs.map { alarmIDs[$0] ?? $0 }
                let line = HandoverMarkdown.entryLine(e, correctedBy: correctedBy[e.id]?.map(\.id) ?? [], language.chosen)
                for row in PlainText.rows(markdown: line, width: terminal.width, bold: terminal.bold) { print(row) }
            }
            if entries.isEmpty { print(lang.pick("(không có mục nào)", "(no entries)")) }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the hash chain: exit 0 \"ok, N entries\", or 1 naming the first bad entry.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try common.openContext(create: false, command: "log verify").store
            switch try store.verifyLogChain() {
            case .intact(let n):
                // The verdict's words are a stable, documented form for scripts in both languages; the reason follows --lang.
                print("ok, \(n) \(n == 1 ? "entry" : "entries")")
            case .broken(let id, let reason, let reasonEN):
                print("FAILED: entry #\(id): \(language.chosen.pick(reason, reasonEN))")
                throw ExitCode(ExitStatus.refused)
            }
        }
    }

    /// Where `show` commands print: a terminal's width and whether it takes bold (nil and false when piped, so a
    /// pipe gets one line per item and no escape sequences).
    struct Terminal {
        var width: Int?
        var bold: Bool

        static var standardOutput: Terminal {
            guard isatty(STDOUT_FILENO) == 1 else { return Terminal(width: nil, bold: false) }
            var size = winsize()
            let columns = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
                ? Int(size.ws_col) : Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
            return Terminal(width: columns, bold: ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        }
    }

    /// ISO 8601 with seconds or without, with an offset or Z.
    static func parseTime(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withTimeZone, .withDashSeparatorInDate]
        return f.date(from: text)
    }
}
