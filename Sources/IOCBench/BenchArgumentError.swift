/// Why the benchmark's command line was refused.
enum BenchArgumentError: Error, CustomStringConvertible {
    case unexpected(String)
    case missingValue(String)
    case notAPositiveInteger(String, String)
    case unknownOptions([String])

    var description: String {
        switch self {
        case .unexpected(let word): return "unexpected argument '\(word)'"
        case .missingValue(let name): return "\(name) needs a value"
        case .notAPositiveInteger(let name, let text): return "--\(name) must be a positive integer, not '\(text)'"
        case .unknownOptions(let names): return "unknown option(s): " + names.map { "--" + $0 }.joined(separator: ", ")
        }
    }
}
