import ArgumentParser
import Foundation
import IOCDomain
import IOCReports
import IOCStore

/// `ioc report`: a report of one period from the cache — the alarms against ISA-18.2's targets and the dossiers per
/// agency by the official on-time formula, each beside the period before (issue 16; more sections to come). Read
/// only; the caller's data domains apply; written to standard output or `--output FILE` (0600), and audited as an
/// export.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write a report of a period from the cache.",
        discussion: "A calendar period: --period month|quarter|half-year|year, with --of naming it (2026-10, 2026-Q3, "
            + "2026-H1, 2026; default: the one that contains today). Or any days: --from 2026-10-01 --to 2026-10-15. "
            + "Formats: md (Markdown tables), html (one file with charts, printable on A4), json, csv.\n\n" + ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "month, quarter, half-year or year (default: month).") var period: String?
    @Option(name: .long, help: "Which period: 2026-10, 2026-Q3, 2026-H1 or 2026 (default: the current one).") var of: String?
    @Option(name: .long, help: "First day of a range, yyyy-MM-dd (with --to).") var from: String?
    @Option(name: .long, help: "Last day of a range, yyyy-MM-dd, included (with --from).") var to: String?
    @Option(name: .long, help: "md, html, json or csv (default: md).") var format: String = "md"
    @Option(name: [.short, .long], help: "Write the report to this file (default: standard output).") var output: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.chosen
        guard let form = ReportFormat(rawValue: format.lowercased()) else {
            throw CommandFailure(code: ExitStatus.usage, vi: "--format phải là md, html, json hoặc csv (đã cho \(format))",
                                 en: "--format must be md, html, json or csv (got \(format))")
        }
        let now = Date()
        let chosen = try Self.period(period: period, of: of, from: from, to: to, now: now)
        let context = try common.openContext(create: false, command: "report")
        let text: String
        do {
            let bar = ProgressBar(total: CityStore.reportSteps + 1, label: lang.pick("bước", "steps"))
            defer { bar.finish() }
            let figures = try context.store.reportFigures(period: chosen, scope: context.scope, now: now) { bar.update($0) }
            text = try form.render(figures, lang)
        }
        try context.audit(.export, target: "report",
                          detail: "\(chosen.name(.en)) \(form.rawValue)\(output.map { " to " + $0 } ?? "")")
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: output)
        try PrivateFile.write(Data(text.utf8), to: url.path)
        print(lang.pick("Đã ghi báo cáo \(chosen.name(.vi)): \(url.path)", "Report for \(chosen.name(.en)) written to \(url.path)"))
    }

    /// The period the options name; a usage error (exit 2) names what was wrong.
    static func period(period: String?, of: String?, from: String?, to: String?, now: Date) throws -> ReportPeriod {
        func usage(_ vi: String, _ en: String) -> CommandFailure { CommandFailure(code: ExitStatus.usage, vi: vi, en: en) }
        do {
            if from != nil || to != nil {
                guard period == nil, of == nil else {
                    throw usage("--from/--to không đi cùng --period/--of", "--from/--to do not go with --period/--of")
                }
                guard let from, let to else { throw usage("cần cả --from và --to", "both --from and --to are needed") }
                let chosen = try ReportPeriod(from: from, to: to)
                guard chosen.start <= now else {
                    throw usage("\(chosen.name(.vi)) chưa bắt đầu: chưa có số liệu", "\(chosen.name(.en)) has not begun: there are no figures yet")
                }
                return chosen
            }
            let name = period ?? ReportPeriod.Kind.month.rawValue
            guard let kind = ReportPeriod.Kind(rawValue: name.lowercased()), kind != .range else {
                throw usage("--period phải là month, quarter, half-year hoặc year (đã cho \(name))",
                            "--period must be month, quarter, half-year or year (got \(name))")
            }
            let chosen = try of.map { try ReportPeriod(kind, of: $0) } ?? ReportPeriod(kind, containing: now)
            guard chosen.start <= now else {
                throw usage("\(chosen.name(.vi)) chưa bắt đầu: chưa có số liệu", "\(chosen.name(.en)) has not begun: there are no figures yet")
            }
            return chosen
        } catch let error as ReportPeriodError {
            throw usage(error.text(.vi), error.text(.en))
        }
    }
}
