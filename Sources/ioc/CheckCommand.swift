import ArgumentParser
import Foundation
import IOCConfig

/// `ioc check`: validates every layout, theme and sources file; errors as `file:line: key: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate layouts, themes, sources, rules and shifts files.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let loading = ConfigLoading(explicitDirectory: common.config)
        let result = ConfigCheck.run(locator: loading.locator)
        for error in result.errors { print(error.description) }
        if result.errors.isEmpty {
            print("ok: \(result.checked.count) files checked")
            for file in result.checked { print("  \(file)") }
        } else {
            print("\(result.errors.count) error(s) in \(result.checked.count) files")
            throw ExitCode(1)
        }
    }
}
