import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc alarms list|show|ack|shelve`: the alarm list and actions from the shell, for scripts. Actions go through the
/// same state machine and append-only timeline as the console's keys. Alarms are named by their public id (`A17`,
/// safe to type unquoted) or by the older `rule|subject` key.
struct AlarmsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alarms", abstract: "List, show, acknowledge and shelve alarms from the shell.",
        discussion: ExitStatus.help,
        subcommands: [List.self, Show.self, Ack.self, Shelve.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List alarms not in Normal, most urgent first (tab-separated, or --json).", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Flag(name: .long, help: "Include alarms in Normal too.") var all = false
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "alarms list")
            let states: Set<AlarmState>? = all ? nil : Set(AlarmState.allCases).subtracting([.normal])
            let every = try context.store.alarms(states: states, limit: 10_000)
            let alarms = every.filter { context.scope.allows($0) }
            let hidden = HiddenData(domains: context.scope.hidden, alarms: every.count - alarms.count)
            if json {
                try ListingJSON.print(["alarms": alarms.map { ListingJSON.alarm($0, language.chosen) },
                                       "hidden": ListingJSON.hidden(hidden)])
                return
            }
            // What is left out is said, on standard error (the table stays one row per alarm for scripts).
            if let text = hidden.alarmsText(language.chosen) { FileHandle.standardError.write(Data(("⊘ " + text + "\n").utf8)) }
            print(["id", "priority", "state", "since", "agency", "message"].joined(separator: "\t"))
            for a in alarms {
                print([a.displayID, a.priority.digit, a.state.rawValue, a.activeSince.map(VietnamTime.dateTime) ?? "-",
                       a.agencyCode ?? "-", a.message(language.chosen)].joined(separator: "\t"))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one alarm and its whole timeline.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @Argument(help: "Alarm id, e.g. A17 (see `ioc alarms list`); the older rule|subject form too.") var id: String
        @Flag(name: .long, help: "JSON (the shape is in README.md, \"Output for scripts\").") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "alarms show")
            let store = context.store
            guard let a = try store.alarm(reference: id) else { throw CommandFailure.noAlarm(id) }
            try context.requireVisible(a, command: "alarms show", what: language.chosen.pick("Cảnh báo \(id)", "Alarm \(id)"))
            let lang = language.chosen
            let timeline = try store.alarmTimeline(id: a.id)
            if json {
                var object = ListingJSON.alarm(a, language.chosen)
                object["timeline"] = timeline.map { ListingJSON.timelineEntry($0, language.chosen) }
                try ListingJSON.print(object)
                return
            }
            print("\(a.displayID) (\(a.id))\n  \(a.message(language.chosen))\n  "
                  + lang.pick("mức ưu tiên", "priority") + " \(a.priority.digit) "
                  + lang.pick(a.priority.labelVI, a.priority.labelEN) + " · " + lang.pick("trạng thái", "state")
                  + " \(a.state.rawValue) (" + lang.pick(a.state.labelVI, a.state.labelEN) + ")")
            if let by = a.acknowledgedBy { print("  " + lang.pick("xác nhận bởi ", "acknowledged by ") + by) }
            if let until = a.shelvedUntil {
                print("  " + lang.pick("tạm gác đến ", "shelved until ") + "\(VietnamTime.dateTime(until)): \(a.shelveReason ?? "")")
            }
            print(lang.pick("diễn biến:", "timeline:"))
            for e in timeline {
                print("  \(VietnamTime.dateTime(e.at))\t\(e.actor)\t\(e.action)\t\(e.fromState.rawValue) → \(e.toState.rawValue)\t\(e.noteText(language.chosen) ?? "")")
            }
        }
    }

    struct Ack: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Acknowledge alarms.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "A note recorded with the acknowledgement.") var note: String?
        @Argument(help: "Alarm ids, e.g. A17 A18.") var ids: [String]
        @OptionGroup var language: LanguageOption

        func run() throws {
            let context = try common.openContext(create: false, command: "alarms ack", identity: identity)
            let now = Date()
            try AlarmsCommand.apply(ids.map { ($0, AlarmInput.acknowledge(by: context.actor, at: now, note: note)) },
                                    context: context, language.chosen)
        }
    }

    struct Shelve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Shelve alarms for a time (default 60 min, at most 480) with a reason.", discussion: ExitStatus.help)
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "Minutes; 0 = one-shot, until the alarm clears.") var minutes: Int = 60
        @Option(name: .long, help: "Why (required).") var reason: String
        @Argument(help: "Alarm ids, e.g. A17 A18.") var ids: [String]
        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard (0...480).contains(minutes) else { throw ValidationError("--minutes must be 0–480") }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason is required") }
        }

        func run() throws {
            let context = try common.openContext(create: false, command: "alarms shelve", identity: identity)
            let now = Date()
            try AlarmsCommand.apply(ids.map {
                ($0, AlarmInput.shelve(by: context.actor, at: now, duration: minutes == 0 ? nil : Double(minutes) * 60,
                                       reason: TextSanitizer.clean(reason), oneShot: minutes == 0))
            }, context: context, language.chosen)
        }
    }

    /// Applies inputs in one transaction; prints each decision (refusals on standard error); exits 1 if any was
    /// refused or an alarm named does not exist (then nothing is applied).
    static func apply(_ items: [(String, AlarmInput)], context: CommandContext, _ language: Language) throws {
        let store = context.store
        var resolved: [(alarm: Alarm, input: AlarmInput)] = []
        for (reference, input) in items {
            guard let alarm = try store.alarm(reference: reference) else { throw CommandFailure.noAlarm(reference) }
            try context.requireVisible(alarm, command: "alarms " + input.name,
                                       what: language.pick("Cảnh báo \(reference)", "Alarm \(reference)"))
            resolved.append((alarm, input))
        }
        let decisions = try store.applyAlarmInputs(resolved.map { ($0.alarm.id, $0.input, nil) }, policy: .standard)
        var refused = false
        for ((alarm, _), decision) in zip(resolved, decisions) {
            switch decision {
            case .applied(let a, let entry):
                print("\(alarm.displayID)\t\(entry.action)\t\(entry.fromState.rawValue) → \(a.state.rawValue)")
            case .rejected(let why):
                refused = true
                FileHandle.standardError.write(Data("\(alarm.displayID)\t\(language.pick("bị từ chối", "refused"))\t\(why.text(language))\n".utf8))
            }
        }
        if refused { throw ExitCode(ExitStatus.refused) }
    }
}
