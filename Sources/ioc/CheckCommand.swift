import ArgumentParser
import Foundation
import IOCConfig
import IOCScreenConfig
import IOCStore
import IOCStorePostgres

/// `ioc check`: validates every layout, theme and sources file; errors as `file:line: key: message` on standard
/// error, the files checked on standard output.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate layouts, themes, sources, rules, shifts and scenario files.",
        discussion: "Exit codes: 0 every file is valid; 1 errors were found (listed on standard error); 2 usage error; "
            + "3 the --config folder does not exist. Alarm rules of priority 1–2 with no operating scenario are warned "
            + "about (not an error). The --db file, its WAL and its folder are checked too: a warning "
            + "on standard error when they are open to other accounts.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let loading = try common.loading()
        let lang = language.chosen
        let result = ConfigCheck.run(locator: loading.locator)
        for error in result.errors { FileHandle.standardError.write(Data((error.description + "\n").utf8)) }
        for warning in result.warnings {
            FileHandle.standardError.write(Data((lang.pick("cảnh báo: ", "warning: ") + warning.description + "\n").utf8))
        }
        // The database's files are checked too (when there is one): a warning, not an error.
        for open in PostgresLocation.isURL(common.databasePath) ? [] : DatabaseFiles.openToOthers(path: common.databasePath) {
            FileHandle.standardError.write(Data((lang.pick("cảnh báo: ", "warning: ") + open.text(lang) + "\n").utf8))
        }
        if result.errors.isEmpty {
            print(lang.pick("ok: đã kiểm tra \(result.checked.count) tệp", "ok: \(result.checked.count) files checked"))
            for file in result.checked { print("  \(file)") }
        } else {
            FileHandle.standardError.write(Data(lang.pick("\(result.errors.count) lỗi trong \(result.checked.count) tệp\n",
                                                          "\(result.errors.count) error(s) in \(result.checked.count) files\n").utf8))
            throw ExitCode(ExitStatus.refused)
        }
    }
}
