import ArgumentParser

/// `--lang vi|en` for the shell commands that print text (`handover show|export`, `alarms list|show`).
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "vi (default) or en.") var lang: String = "vi"

    var english: Bool { lang == "en" }

    func validate() throws {
        guard ["vi", "en"].contains(lang) else { throw ValidationError("--lang must be vi or en") }
    }
}
