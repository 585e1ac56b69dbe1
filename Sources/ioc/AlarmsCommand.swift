import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc alarms list|show|ack|shelve`: the alarm list and actions from the shell, for scripts. Actions go through the
/// same state machine and append-only timeline as the console's keys.
struct AlarmsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alarms", abstract: "List, show, acknowledge and shelve alarms from the shell.",
        subcommands: [List.self, Show.self, Ack.self, Shelve.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List alarms not in Normal, most urgent first (tab-separated).")
        @OptionGroup var common: CommonOptions
        @Flag(name: .long, help: "Include alarms in Normal too.") var all = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try CityStore(path: common.databasePath)
            let states: Set<AlarmState>? = all ? nil : Set(AlarmState.allCases).subtracting([.normal])
            print(["id", "priority", "state", "since", "agency", "message"].joined(separator: "\t"))
            for a in try store.alarms(states: states, limit: 10_000) {
                print([a.id, a.priority.digit, a.state.rawValue, a.activeSince.map(VietnamTime.dateTime) ?? "-",
                       a.agencyCode ?? "-", a.message(english: language.english)].joined(separator: "\t"))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one alarm and its whole timeline.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Alarm id (see `ioc alarms list`).") var id: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try CityStore(path: common.databasePath)
            guard let a = try store.alarm(id: id) else { throw ValidationError("no alarm with id '\(id)'") }
            let english = language.english
            print("\(a.id)\n  \(a.message(english: english))\n  priority \(a.priority.digit) "
                  + "\(english ? a.priority.labelEN : a.priority.labelVI) · state \(a.state.rawValue) "
                  + "(\(english ? a.state.labelEN : a.state.labelVI))")
            if let by = a.acknowledgedBy { print("  acknowledged by \(by)") }
            if let until = a.shelvedUntil { print("  shelved until \(VietnamTime.dateTime(until)): \(a.shelveReason ?? "")") }
            print("timeline:")
            for e in try store.alarmTimeline(id: id) {
                print("  \(VietnamTime.dateTime(e.at))\t\(e.actor)\t\(e.action)\t\(e.fromState.rawValue) → \(e.toState.rawValue)\t\(e.noteText(english: english) ?? "")")
            }
        }
    }

    struct Ack: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Acknowledge alarms.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "A note recorded with the acknowledgement.") var note: String?
        @Argument(help: "Alarm ids.") var ids: [String]

        func run() throws {
            let actor = try identity.actor()
            let now = Date()
            try AlarmsCommand.apply(ids.map { ($0, AlarmInput.acknowledge(by: actor, at: now, note: note)) }, common: common)
        }
    }

    struct Shelve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Shelve alarms for a time (default 60 min, at most 480) with a reason.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var identity: OperatorOptions
        @Option(name: .long, help: "Minutes; 0 = one-shot, until the alarm clears.") var minutes: Int = 60
        @Option(name: .long, help: "Why (required).") var reason: String
        @Argument(help: "Alarm ids.") var ids: [String]

        func validate() throws {
            guard (0...480).contains(minutes) else { throw ValidationError("--minutes must be 0–480") }
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason is required") }
        }

        func run() throws {
            let actor = try identity.actor()
            let now = Date()
            try AlarmsCommand.apply(ids.map {
                ($0, AlarmInput.shelve(by: actor, at: now, duration: minutes == 0 ? nil : Double(minutes) * 60,
                                       reason: TextSanitizer.clean(reason), oneShot: minutes == 0))
            }, common: common)
        }
    }

    /// Applies inputs in one transaction; prints each decision; exits 1 if any was refused.
    static func apply(_ items: [(String, AlarmInput)], common: CommonOptions) throws {
        let store = try CityStore(path: common.databasePath)
        var refused = false
        for (id, _) in items where try store.alarm(id: id) == nil {
            throw ValidationError("no alarm with id '\(id)'")
        }
        let decisions = try store.applyAlarmInputs(items.map { ($0.0, $0.1, nil) }, policy: .standard)
        for ((id, _), decision) in zip(items, decisions) {
            switch decision {
            case .applied(let a, let entry): print("\(id)\t\(entry.action)\t\(entry.fromState.rawValue) → \(a.state.rawValue)")
            case .rejected(let why): refused = true; print("\(id)\trefused\t\(why)")
            }
        }
        if refused { throw ExitCode(1) }
    }
}
