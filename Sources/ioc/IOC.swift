import ArgumentParser
import Foundation
import IOCDomain
import IOCConfig
import IOCStore

/// `ioc`: the IOC console and its headless commands.
@main
struct IOC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ioc",
        abstract: LanguageOption.commandLineIsEnglish
            ? "The console of a city's Intelligent Operations Center (IOC), for the operators on shift."
            : "Trung tâm Giám sát, điều hành thông minh (IOC) — bảng điều hành cho ca trực.",
        discussion: "Without a subcommand, runs the operator console on a simulated city (Hải Phòng by default).\n\n"
            + ExitStatus.help,
        subcommands: [ConsoleCommand.self, BriefCommand.self, PollCommand.self, SnapshotCommand.self, CheckCommand.self,
                      AlarmsCommand.self, LogCommand.self, HandoverCommand.self, SourcesCommand.self,
                      OperatorsCommand.self, AuditCommand.self, ReportCommand.self, BackfillCommand.self,
                      MigrateStoreCommand.self, ScenariosCommand.self, RunsCommand.self, AnomalyCommand.self],
        defaultSubcommand: ConsoleCommand.self)

    /// Tunes the heap (one arena, fixed thresholds) before any thread starts, then parses and runs. Every error ends
    /// here and leaves with the exit codes of `ExitStatus`, its message on standard error in the `--lang` language.
    static func main() {
        MemoryFootprint.tuneHeap()
        let language = LanguageOption.commandLine
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            IOC.fail(failure.text(language), code: failure.code)
        } catch let error as CityStoreError {
            IOC.fail(CommandFailure.database(error).text(language), code: ExitStatus.failure)
        } catch let error as LogbookRefusal {
            IOC.fail(error.text(language), code: ExitStatus.refused)
        } catch let error as AccessRefusal {
            IOC.fail(error.text(language), code: ExitStatus.refused)
        } catch let error as ConfigErrors {
            IOC.fail(error.description, code: ExitStatus.failure)
        } catch let error as ConfigError {
            IOC.fail(error.description, code: ExitStatus.failure)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            if code == .success || error is ExitCode { exit(withError: error) }
            IOC.fail(String(describing: error), code: ExitStatus.failure)
        }
    }

    /// Prints `Error: message` (English) or `Lỗi: message` on standard error and exits with `code`.
    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((LanguageOption.pick("Lỗi: ", "Error: ") + message + "\n").utf8))
        Foundation.exit(code)
    }
}
