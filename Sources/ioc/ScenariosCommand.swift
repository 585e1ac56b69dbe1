import ArgumentParser
import Foundation
import IOCConfig
import IOCDomain

/// `ioc scenarios list|show`: the operating scenarios the console would use (`Scenarios/*.yaml`: the configuration
/// folders', else the package's), read and validated as the alarm cycle reads them; no database is opened.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios", abstract: "List and show the operating scenarios (kịch bản điều hành).",
        discussion: ExitStatus.help, subcommands: [List.self, Show.self], defaultSubcommand: List.self)

    static func load(_ common: CommonOptions) throws -> [ScenarioTemplate] {
        try AlarmSetup.scenarios(locator: try common.loading().locator)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the scenarios (tab-separated, or --json).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.chosen
            let scenarios = try ScenariosCommand.load(common)
            if json {
                try ListingJSON.print(["scenarios": scenarios.map { ScenarioJSON.template($0, lang, full: false) }])
                return
            }
            print(["id", "version", "hazard", "city", "start", "steps", "title"].joined(separator: "\t"))
            for s in scenarios {
                print([s.id, "v\(s.version)", s.hazard, s.city ?? "-", s.start.rawValue,
                       String(s.stages.reduce(0) { $0 + $1.steps.count }), s.title.text(lang)].joined(separator: "\t"))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one scenario: triggers, procedure, stages and steps.",
                                                        discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "Scenario id, e.g. flood-river (see `ioc scenarios list`).") var id: String
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.chosen
            guard let s = try ScenariosCommand.load(common).first(where: { $0.id == id }) else {
                throw CommandFailure.refused("không có kịch bản '\(id)' (xem `ioc scenarios list`)",
                                             "no scenario '\(id)' (see `ioc scenarios list`)")
            }
            if json {
                try ListingJSON.print(ScenarioJSON.template(s, lang, full: true))
                return
            }
            print("\(s.id) v\(s.version): \(s.title.text(lang))")
            print("  " + lang.pick("phê duyệt: ", "approved: ") + "\(s.approval.by), \(s.approval.on)"
                  + (s.approval.document.map { " (\($0))" } ?? ""))
            print("  " + lang.pick("khởi động: ", "start: ") + lang.pick(s.start == .automatic ? "tự động" : "đề xuất, trực ban chấp nhận",
                                                                          s.start == .automatic ? "automatic" : "proposed, an operator accepts"))
            if let p = s.procedure {
                print(lang.pick("quy trình xử lý cảnh báo:", "alarm response procedure:"))
                print("  " + lang.pick("nguyên nhân: ", "causes: ") + p.causes.text(lang))
                print("  " + lang.pick("hậu quả nếu không xử lý: ", "consequence of inaction: ") + p.consequence.text(lang))
                print("  " + lang.pick("hành động: ", "action: ") + p.action.text(lang))
                print("  " + lang.pick("thời gian phản ứng: ", "response time: ") + "\(Int(p.responseTime / 60)) "
                      + lang.pick("phút", "min"))
            }
            for stage in s.stages {
                print("[\(stage.id)] \(stage.title.text(lang))")
                for step in stage.steps {
                    let due = step.due.map { " · " + lang.pick("hạn ", "due ") + $0.written } ?? ""
                    print("  \(step.required ? "*" : "-") \(step.id)\t\(step.ownerText(lang))\t\(step.title.text(lang))\(due)")
                    if let d = step.decision {
                        for b in d.branches { print("      → \(b.id): \(b.label.text(lang))" + (b.goTo.map { " [\($0)]" } ?? "")) }
                    }
                }
            }
        }
    }
}
