import IOCBriefing
import IOCConsole
import IOCDomain
import TUICore

/// A program with a screen that `ScreenSession` runs: it can be told of background failures and of problems, in its
/// reader's language.
protocol ScreenProgram: TerminalProgram {
    var language: Language { get }
    static func backgroundHealth(_ failures: [BackgroundFailure]) -> Message
    static func failed(_ text: String) -> Message
}

extension ConsoleProgram: ScreenProgram {
    var language: Language { model.language }
    static func backgroundHealth(_ failures: [BackgroundFailure]) -> ConsoleMessage { .backgroundHealth(failures) }
    static func failed(_ text: String) -> ConsoleMessage { .failed(text) }
}

extension BriefingProgram: ScreenProgram {
    var language: Language { model.language }
    static func backgroundHealth(_ failures: [BackgroundFailure]) -> BriefingMessage { .backgroundHealth(failures) }
    static func failed(_ text: String) -> BriefingMessage { .failed(text) }
}
