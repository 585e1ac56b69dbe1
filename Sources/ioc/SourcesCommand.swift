import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc sources`: every data source's health from the shell, for scripts and for the night shift's first look —
/// kind, state, last good poll, latency, error rate and records today, last error.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the data sources and how each is doing (tab-separated, or --json).", discussion: ExitStatus.help)
    @OptionGroup var common: CommonOptions
    @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try common.openStore(create: false)
        let now = Date()
        let lang = language.chosen
        let sources = try store.sourceHealth()
        if json {
            try ListingJSON.print(["sources": sources.map { ListingJSON.source($0, at: now, lang) }])
            return
        }
        print(["id", "kind", "state", "last_good", "latency_ms", "error_rate", "records_today", "last_error"]
            .joined(separator: "\t"))
        for s in sources {
            let today = s.today(at: now)
            print([s.sourceID, s.kind, s.status(at: now).label(lang),
                   s.lastSuccessAt.map(VietnamTime.dateTime) ?? "-",
                   s.lastDurationMs.map { String(Int($0.rounded())) } ?? "-",
                   s.errorRate(at: now).map { String(format: "%.0f%%", $0 * 100) } ?? "-",
                   String(today.records), s.lastError ?? "-"].joined(separator: "\t"))
        }
    }
}
