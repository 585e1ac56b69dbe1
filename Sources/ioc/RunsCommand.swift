import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc runs list|show|start|step|accept|decline|enter|note|close|cancel`: operating scenario runs from the shell,
/// through the same run machine and append-only timeline as the console's keys. Runs are named by their id (`KB7`;
/// a drill's `DT3`); a drill is marked on every line.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs", abstract: "Scenario runs: list, show, start, and act on their steps.",
        discussion: ExitStatus.help,
        subcommands: [List.self, Show.self, Start.self, Step.self, Accept.self, Decline.self, Enter.self, Note.self,
                      Close.self, Cancel.self],
        defaultSubcommand: List.self)

    /// "[DIỄN TẬP] " / "[EXERCISE] " before a drill's title, nothing before a real run's.
    static func drillMark(_ run: ScenarioRun, _ language: Language) -> String {
        run.exercise ? language.pick("[DIỄN TẬP] ", "[EXERCISE] ") : ""
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List open runs (proposed or active), newest first (tab-separated, or --json).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Flag(name: .long, help: "Include closed, declined and cancelled runs.") var all = false
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs list")
            let lang = language.chosen
            let every = try context.store.runs(states: all ? nil : [.proposed, .active], limit: 10_000)
            let runs = every.filter { context.scope.allows($0.domain) }
            if runs.count < every.count {
                FileHandle.standardError.write(Data(("⊘ " + lang.pick("\(every.count - runs.count) kịch bản thuộc lĩnh vực hạn chế không hiển thị",
                                                                   "\(every.count - runs.count) run(s) of restricted domains not shown") + "\n").utf8))
            }
            if json {
                try ListingJSON.print(["runs": runs.map { ScenarioJSON.run($0, lang, timeline: nil) }])
                return
            }
            print(["id", "state", "started", "alarm", "steps", "overdue", "title"].joined(separator: "\t"))
            for r in runs {
                let finished = r.reachedSteps.filter(\.state.isFinished).count
                print([r.id, r.state.rawValue, VietnamTime.dateTime(r.startedAt), r.alarmID ?? "-",
                       "\(finished)/\(r.reachedSteps.count)", String(r.overdueSteps.count),
                       RunsCommand.drillMark(r, lang) + r.title.text(lang)].joined(separator: "\t"))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one run: its steps and its whole timeline.",
                                                        discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "Run id, e.g. KB7 (see `ioc runs list`).") var id: String
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs show")
            let lang = language.chosen
            guard let r = try context.store.run(id: id) else { throw RunsCommand.noRun(id) }
            try context.requireVisible(r.domain, command: "runs show", what: lang.pick("Kịch bản \(r.id)", "Run \(r.id)"))
            let timeline = try context.store.runTimeline(id: r.id)
            if json {
                try ListingJSON.print(ScenarioJSON.run(r, lang, timeline: timeline))
                return
            }
            print("\(r.id) \(RunsCommand.drillMark(r, lang))\(r.title.text(lang)) (\(r.templateID) v\(r.templateVersion))")
            print("  " + lang.pick("trạng thái ", "state ") + "\(r.state.rawValue) (\(r.state.label(lang))) · "
                  + lang.pick("bắt đầu ", "started ") + VietnamTime.dateTime(r.startedAt) + " · " + r.startedBy
                  + (r.alarmID.map { " · " + lang.pick("cảnh báo ", "alarm ") + $0 } ?? ""))
            for s in r.steps {
                let reached = r.enteredStages.contains(s.stageID)
                let due = s.due.map { " · " + lang.pick("hạn ", "due ") + VietnamTime.dateTime($0) } ?? ""
                let late = s.overdueAt != nil && s.state != .overdue ? lang.pick(" (trễ hạn)", " (late)") : ""
                print("  \(s.step.required ? "*" : "-") [\(s.stageID)] \(s.id)\t\(s.step.ownerText(lang))\t"
                      + (reached ? s.state.label(lang) + late : lang.pick("chưa tới", "not reached"))
                      + "\t\(s.step.title.text(lang))\(due)")
            }
            print(lang.pick("diễn biến:", "timeline:"))
            for e in timeline {
                print("  \(VietnamTime.dateTime(e.at))\t\(e.actor)\t\(e.exercise ? lang.pick("[DIỄN TẬP] ", "[EXERCISE] ") : "")\(e.action)"
                      + "\t\(e.stepID ?? e.stageID ?? "")\t\(e.number.map { lang.numberStyle.format($0, decimals: $0.rounded() == $0 ? 0 : 2) } ?? "")\t\(r.noteText(e, lang))")
            }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a run of a scenario by hand (active at once).",
                                                        discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Scenario id, e.g. flood-river (see `ioc scenarios list`).") var scenario: String
        @Flag(name: .long, help: "A drill: marked on every screen and output, never counted as real.") var exercise = false
        @Option(name: .long, help: "The alarm it answers, e.g. A17.") var alarm: String?
        @OptionGroup var language: LanguageOption

        func run() throws {
            let lang = language.chosen
            guard let template = try ScenariosCommand.load(common).first(where: { $0.id == scenario }) else {
                throw CommandFailure.refused("không có kịch bản '\(scenario)' (xem `ioc scenarios list`)",
                                             "no scenario '\(scenario)' (see `ioc scenarios list`)")
            }
            let context = try common.openContext(create: false, command: "runs start", identity: identity)
            var alarmID: String?
            if let alarm {
                guard let a = try context.store.alarm(reference: alarm) else { throw CommandFailure.noAlarm(alarm) }
                try context.requireVisible(a, command: "runs start", what: lang.pick("Cảnh báo \(alarm)", "Alarm \(alarm)"))
                alarmID = a.id
            }
            try context.requireVisible(template.domain, command: "runs start", what: lang.pick("Kịch bản \(scenario)", "Scenario \(scenario)"))
            do {
                let run = try context.store.startRun(template, at: Date(), by: context.actor, alarmID: alarmID,
                                                     exercise: exercise, byHand: true, pattern: context.shiftPattern)
                print("\(run.id)\t\(run.state.rawValue)\t\(RunsCommand.drillMark(run, lang))\(run.title.text(lang))")
            } catch let refusal as RunRefusal {
                throw CommandFailure.refused(refusal.text(.vi), refusal.text(.en))
            }
        }
    }

    struct Step: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Act on a step: --start, --done (with --number and/or --note as it asks), --skip REASON, or --branch ID.",
            discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @Argument(help: "Step id (see `ioc runs show`).") var step: String
        @Flag(name: .long, help: "Mark the step in progress.") var start = false
        @Flag(name: .long, help: "Mark the step done (its evidence with --number / --note).") var done = false
        @Option(name: .long, help: "Skip the step, with the reason (a required step: a supervisor only).") var skip: String?
        @Option(name: .long, help: "Answer a decision step with one of its branches.") var branch: String?
        @Option(name: .long, help: "The figure the step reports (e.g. vessels sheltered).") var number: Double?
        @Option(name: .long, help: "A note of what was done.") var note: String?
        @OptionGroup var language: LanguageOption

        func validate() throws {
            let chosen = [start, done, skip != nil, branch != nil].filter { $0 }.count
            guard chosen == 1 else { throw ValidationError("give exactly one of --start, --done, --skip REASON, --branch ID") }
            if let number, !number.isFinite { throw ValidationError("--number must be a finite number") }
        }

        func run() throws {
            let context = try common.openContext(create: false, command: "runs step", identity: identity)
            let now = Date(), by = context.actor
            let clean = note.map { TextSanitizer.clean($0) }
            let input: RunInput
            if start {
                input = .startStep(step, by: by, at: now)
            } else if done {
                input = .completeStep(step, by: by, at: now, evidence: RunEvidence(note: clean, number: number))
            } else if let skip {
                input = .skipStep(step, by: by, at: now, reason: TextSanitizer.clean(skip))
            } else {
                input = .decide(step, branch: branch ?? "", by: by, at: now, note: clean)
            }
            try RunsCommand.apply(input, run: runID, context: context, language.chosen)
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept a proposed run.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs accept", identity: identity)
            try RunsCommand.apply(.accept(by: context.actor, at: Date()), run: runID, context: context, language.chosen)
        }
    }

    struct Decline: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decline a proposed run, with the reason.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @Option(name: .long, help: "Why (required).") var reason: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs decline", identity: identity)
            try RunsCommand.apply(.decline(by: context.actor, at: Date(), reason: TextSanitizer.clean(reason)), run: runID,
                                  context: context, language.chosen)
        }
    }

    struct Enter: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enter a stage of a run by hand.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @Argument(help: "Stage id (see `ioc scenarios show`).") var stage: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs enter", identity: identity)
            try RunsCommand.apply(.enterStage(stage, by: context.actor, at: Date()), run: runID, context: context, language.chosen)
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a note to a run's timeline.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @Argument(help: "The note.") var text: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs note", identity: identity)
            try RunsCommand.apply(.note(by: context.actor, at: Date(), text: TextSanitizer.clean(text)), run: runID,
                                  context: context, language.chosen)
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a run (every required step finished).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @Option(name: .long, help: "A closing note.") var note: String?
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs close", identity: identity)
            try RunsCommand.apply(.close(by: context.actor, at: Date(), note: note.map { TextSanitizer.clean($0) }), run: runID,
                                  context: context, language.chosen)
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a run, with the reason (a supervisor).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Argument(help: "Run id, e.g. KB7.") var runID: String
        @Option(name: .long, help: "Why (required).") var reason: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "runs cancel", identity: identity)
            try RunsCommand.apply(.cancel(by: context.actor, at: Date(), reason: TextSanitizer.clean(reason)), run: runID,
                                  context: context, language.chosen)
        }
    }

    static func noRun(_ id: String) -> CommandFailure {
        .refused("không có kịch bản đang chạy '\(id)' (xem `ioc runs list --all`)", "no run '\(id)' (see `ioc runs list --all`)")
    }

    /// Applies one input; prints the timeline rows it wrote, or the refusal on standard error (exit 1).
    static func apply(_ input: RunInput, run: String, context: CommandContext, _ language: Language) throws {
        // A run of a domain this account may not see is refused (and audited) before anything is applied.
        if let shown = try context.store.run(id: run) {
            try context.requireVisible(shown.domain, command: "runs " + input.name,
                                       what: language.pick("Kịch bản \(shown.id)", "Run \(shown.id)"))
        }
        switch try context.store.applyRunInput(input, runID: run.uppercased(), pattern: context.shiftPattern) {
        case .applied(let next, let entries):
            for e in entries {
                print("\(next.id)\t\(drillMark(next, language))\(e.action)\t\(e.stepID ?? e.stageID ?? "")\t\(next.state.rawValue)")
            }
        case .rejected(.noSuchRun):
            throw noRun(run)
        case .rejected(let why):
            FileHandle.standardError.write(Data("\(run.uppercased())\t\(language.pick("bị từ chối", "refused"))\t\(why.text(language))\n".utf8))
            throw ExitCode(ExitStatus.refused)
        }
    }
}
