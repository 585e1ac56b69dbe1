import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc sources`: every data source's health from the shell, for scripts and for the night shift's first look —
/// kind, state, last good poll, latency, error rate and records today, last error — and the operator's actions on a
/// source (pause, resume, poll now), each written to the logbook with who did it.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List the data sources; pause, resume or poll one now.",
        discussion: ExitStatus.help, subcommands: [List.self, Queues.self, Pause.self, Resume.self, Poll.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the data sources and how each is doing (tab-separated, or --json).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try common.openContext(create: false, command: "sources list").store
            let now = Date()
            let lang = language.chosen
            let sources = try store.sourceHealth()
            if json {
                try ListingJSON.print(["sources": sources.map { ListingJSON.source($0, at: now, lang) },
                                       "pollers": try store.pollerBacklogs().map(ListingJSON.poller)])
                return
            }
            // New columns go at the end: scripts pick columns by position.
            print(["id", "kind", "state", "last_good", "latency_ms", "error_rate", "records_today", "last_error",
                   "transport", "endpoint"].joined(separator: "\t"))
            for s in sources {
                let today = s.today(at: now)
                print([s.sourceID, s.kind, (s.isPaused ? lang.pick("⏸ Tạm dừng", "⏸ Paused") : s.status(at: now).label(lang)),
                       s.lastSuccessAt.map(VietnamTime.dateTime) ?? "-",
                       s.lastDurationMs.map { String(Int($0.rounded())) } ?? "-",
                       s.errorRate(at: now).map { String(format: "%.0f%%", $0 * 100) } ?? "-",
                       String(today.records), s.lastError ?? "-", s.transportSecurity?.label(lang) ?? "-",
                       s.endpoint ?? "-"].joined(separator: "\t"))
            }
        }
    }

    /// `ioc sources queues`: the pollers that write through a local queue (PostgreSQL) and their backlogs.
    struct Queues: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the pollers' local queues: records waiting, since when, applied and forwarded (tab-separated).",
            discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try common.openContext(create: false, command: "sources queues").store
            print(["poller", "host", "waiting", "oldest_waiting", "applied", "forwarded", "last_forward", "reported"]
                .joined(separator: "\t"))
            for p in try store.pollerBacklogs() {
                print([p.pollerID, p.host, String(p.queued), p.oldestQueuedAt.map(VietnamTime.dateTime) ?? "-",
                       String(p.applied), String(p.forwarded), p.lastForwardAt.map(VietnamTime.dateTime) ?? "-",
                       p.reportedAt.map(VietnamTime.dateTime) ?? "-"].joined(separator: "\t"))
            }
        }
    }

    /// What every action on a source takes: the database, who acts, which source.
    struct ActionOptions: ParsableArguments {
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Source id (see `ioc sources`).") var id: String
        @OptionGroup var language: LanguageOption

        func act(_ action: SourceAction) throws {
            try SourcesCommand.act(action, on: id, common: common, identity: identity, language: language.chosen)
        }
    }

    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop polling a source until it is resumed (written to the logbook).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var options: ActionOptions
        func run() throws { try options.act(.pause) }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Poll a paused source again (written to the logbook).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var options: ActionOptions
        func run() throws { try options.act(.resume) }
    }

    struct Poll: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ask the poller to poll a source now (written to the logbook).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var options: ActionOptions
        func run() throws { try options.act(.pollNow) }
    }

    static func act(_ action: SourceAction, on id: String, common: CommonOptions, identity: OperatorOptions,
                    language: Language) throws {
        let context = try common.openContext(create: false, command: "sources \(action.rawValue)", identity: identity)
        do {
            let entry = try context.store.act(on: id, action, by: context.actor, at: Date())
            print(language.pick("đã ghi sổ #\(entry.id): \(entry.text)", "logged #\(entry.id): \(entry.text)"))
        } catch SourceActionRefusal.unknownSource(let id) {
            throw CommandFailure.refused("không có nguồn '\(id)' (xem `ioc sources`)", "no source '\(id)' (see `ioc sources`)")
        }
    }
}
