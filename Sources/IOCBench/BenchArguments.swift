/// The benchmark's command line: a subcommand and `--name value` options with integer or text values.
struct BenchArguments {
    let command: String?
    private let options: [String: String]

    /// Parses `[command] [--name value]…`; a `--name` without a value, or a stray word, is an error.
    init(_ words: [String]) throws(BenchArgumentError) {
        var rest = words[...]
        command = rest.first.flatMap { $0.hasPrefix("--") ? nil : $0 }
        if command != nil { rest = rest.dropFirst() }
        var options: [String: String] = [:]
        while let word = rest.popFirst() {
            guard word.hasPrefix("--"), word.count > 2 else { throw .unexpected(word) }
            guard let value = rest.popFirst() else { throw .missingValue(word) }
            options[String(word.dropFirst(2))] = value
        }
        self.options = options
    }

    /// The positive integer given for `--name`, or `fallback` when absent.
    func int(_ name: String, default fallback: Int) throws(BenchArgumentError) -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value > 0 else {
            throw .notAPositiveInteger(name, text)
        }
        return value
    }

    /// The text given for `--name`, or `fallback` when absent.
    func text(_ name: String, default fallback: String) -> String {
        options[name] ?? fallback
    }

    /// Option names given on the command line that `known` does not list.
    func unknown(besides known: Set<String>) -> [String] {
        options.keys.filter { !known.contains($0) }.sorted()
    }
}
