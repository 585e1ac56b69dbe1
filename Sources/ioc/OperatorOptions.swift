import ArgumentParser
import Foundation
import IOCDomain

/// Who is at the console: every alarm action is recorded with this name and role.
struct OperatorOptions: ParsableArguments {
    @Option(name: .long, help: "Operator name recorded with every action (the console asks at sign-on without it; commands default to $USER).")
    var `operator`: String?

    @Option(name: .long, help: "Role: operator, supervisor, viewer or admin.")
    var role: String = "operator"

    func actor() throws -> Actor {
        guard let r = OperatorRole(rawValue: role) else {
            throw ValidationError("--role must be one of: " + OperatorRole.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let name = `operator` ?? ProcessInfo.processInfo.environment["USER"] ?? "operator"
        return Actor(name: TextSanitizer.clean(name, maxCharacters: 60), role: r)
    }
}
