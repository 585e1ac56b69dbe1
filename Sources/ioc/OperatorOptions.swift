import ArgumentParser
import Foundation
import IOCDomain

/// Who is at the console. The role always comes from the OS account's grant: `--role` may only narrow it (a
/// supervisor acting as an operator), never widen it; `--operator` names the person on a shared account.
struct OperatorOptions: ParsableArguments {
    @Option(name: .long, help: "The person's name, on a shared control-room account (the console asks at sign-on without it).")
    var `operator`: String?

    @Option(name: .long, help: "Act with a lower role than the account's grant: operator, supervisor or viewer (never higher).")
    var role: String?

    /// The role asked for, or nil; a name that is not a role is a usage error.
    func requestedRole() throws -> OperatorRole? {
        guard let role else { return nil }
        guard let r = OperatorRole(rawValue: role) else {
            throw ValidationError("--role must be one of: " + OperatorRole.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return r
    }

    /// The person's name as typed, cleaned, or nil.
    var personName: String? {
        `operator`.map { TextSanitizer.clean($0, maxCharacters: 60).trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty ? nil : $0 }
    }
}
