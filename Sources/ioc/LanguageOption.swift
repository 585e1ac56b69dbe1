import ArgumentParser
import Foundation
import IOCDomain

/// `--lang vi|en` for every command that prints text.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "vi (default) or en.") var lang: String = "vi"

    /// The language asked for.
    var chosen: Language { Language(rawValue: lang) ?? .vi }

    func validate() throws {
        guard ["vi", "en"].contains(lang) else { throw ValidationError("--lang must be vi or en") }
    }

    /// Whether the command line asks for English (`--lang en` or `--lang=en`), read before and whatever the parsing:
    /// usage errors and failures are said in the reader's language too.
    static let commandLineIsEnglish: Bool = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        for (i, argument) in arguments.enumerated() {
            if argument == "--lang=en" { return true }
            if argument == "--lang", i + 1 < arguments.count, arguments[i + 1] == "en" { return true }
        }
        return false
    }()

    /// The language the command line asks for, read before and whatever the parsing.
    static var commandLine: Language { commandLineIsEnglish ? .en : .vi }

    /// `vi` or `en` as the reader asked, for messages given before a command has parsed its options.
    static func pick(_ vi: String, _ en: String) -> String { commandLine.pick(vi, en) }
}
