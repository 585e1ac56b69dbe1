import Foundation
import Yams

/// Reads a YAML document node by node for one config file, collecting located errors instead of stopping at the first.
///
/// Every accessor returns nil after recording an error, so callers keep reading and report everything at once.
package final class ConfigReader {
    package let file: String
    package private(set) var errors: [ConfigError] = []

    package init(file: String) { self.file = file }

    /// Records an error at `node`'s line (0 when there is no node).
    package func fail(_ node: Node?, _ key: String, _ message: String) {
        fail(line: node?.mark?.line ?? 0, key, message)
    }

    /// Records an error at an explicit line; an empty key (the document itself) reads `(document)`.
    package func fail(line: Int, _ key: String, _ message: String) {
        errors.append(ConfigError(file: file, line: line, key: key.isEmpty ? "(document)" : key, message: message))
    }

    /// Throws everything recorded so far, if anything.
    package func throwIfFailed() throws(ConfigErrors) {
        if !errors.isEmpty { throw ConfigErrors(errors.sorted { $0.line < $1.line }) }
    }

    /// Every scalar stays a string (`Resolver.basic`): the reader parses numbers, booleans and nulls itself, so the
    /// default resolver's tags were never read, and its regular expressions cost ICU's start-up (about 3 ms) before
    /// the console's first frame (Decision 32).
    package static let resolver = Resolver.basic

    /// Composes the document; YAML syntax errors (including duplicate keys) become located errors.
    package func root(_ text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text, Self.resolver) else {
                fail(line: 1, "(document)", "the file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _),
                 let .composer(_, problem, mark, _):
                fail(line: mark.line, "(yaml)", problem)
            case let .duplicatedKeysInMapping(duplicates, context):
                for key in duplicates.sorted() {
                    let lines = ConfigReader.lines(definingKey: key, in: text, from: context.mark.line)
                    let first = lines.first ?? context.mark.line
                    let again = lines.dropFirst().first ?? first
                    fail(line: again, key, "duplicate key (first on line \(first))")
                }
            case let .reader(problem, _, _, _):
                fail(line: 1, "(yaml)", problem)
            default:
                fail(line: 1, "(yaml)", "\(error)")
            }
            return nil
        } catch {
            fail(line: 1, "(yaml)", "\(error)")
            return nil
        }
    }

    /// A mapping's entries in file order; unknown keys (not in `allowed`, unless `allowed` is nil) are errors.
    package func mapping(_ node: Node, key: String, allowed: [String]?) -> [(name: String, value: Node, line: Int)]? {
        guard case .mapping(let map) = node else {
            fail(node, key, "expected a mapping (key: value lines), found \(describe(node))")
            return nil
        }
        var entries: [(name: String, value: Node, line: Int)] = []
        for (k, v) in map {
            guard case .scalar(let scalar) = k else {
                fail(k, key, "keys must be plain text")
                continue
            }
            let name = scalar.string
            if let allowed, !allowed.contains(name) {
                fail(k, join(key, name), "unknown key\(ConfigReader.suggestion(for: name, among: allowed)); "
                     + "expected one of: \(allowed.joined(separator: ", "))")
                continue
            }
            entries.append((name, v, k.mark?.line ?? node.mark?.line ?? 0))
        }
        return entries
    }

    /// The entries of a mapping as a dictionary, with a missing-key error for each of `required` not present.
    package func fields(_ node: Node, key: String, allowed: [String], required: [String] = []) -> [String: Node]? {
        guard let entries = mapping(node, key: key, allowed: allowed) else { return nil }
        var result: [String: Node] = [:]
        for entry in entries { result[entry.name] = entry.value }
        for name in required where result[name] == nil {
            fail(node, join(key, name), "required key is missing")
        }
        return result
    }

    package func sequence(_ node: Node, key: String, nonEmpty: Bool = true) -> [Node]? {
        guard case .sequence(let seq) = node else {
            fail(node, key, "expected a list (lines starting with '- '), found \(describe(node))")
            return nil
        }
        let items = Array(seq)
        if nonEmpty && items.isEmpty {
            fail(node, key, "the list is empty")
            return nil
        }
        return items
    }

    /// A scalar's text; null (an empty value) is an error.
    package func string(_ node: Node, key: String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, key, "expected a single value, found \(describe(node))")
            return nil
        }
        if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            fail(node, key, "a value is required")
            return nil
        }
        if !allowEmpty && scalar.string.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(node, key, "must not be empty")
            return nil
        }
        return scalar.string
    }

    package func int(_ node: Node, key: String, range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, key: key) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            fail(node, key, "expected a whole number, found '\(text)'")
            return nil
        }
        guard range.contains(value) else {
            fail(node, key, "\(value) is out of range \(range.lowerBound)…\(range.upperBound)")
            return nil
        }
        return value
    }

    package func double(_ node: Node, key: String) -> Double? {
        guard let text = string(node, key: key) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            fail(node, key, "expected a number, found '\(text)'")
            return nil
        }
        return value
    }

    /// One of a fixed set of words.
    package func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        choice(node, key: key, among: T.allCases.map { ($0.rawValue, $0) })
    }

    /// One of the words in `among`, in the order they are listed in the error message.
    package func choice<T>(_ node: Node, key: String, among options: [(name: String, value: T)]) -> T? {
        guard let text = string(node, key: key) else { return nil }
        if let match = options.first(where: { $0.name == text }) { return match.value }
        let names = options.map(\.name)
        fail(node, key, "unknown value '\(text)'\(ConfigReader.suggestion(for: text, among: names)); "
             + "expected one of: \(names.joined(separator: ", "))")
        return nil
    }

    /// Parses a scalar with one of the `ValueSyntax` parsers, reporting `expected` when it fails.
    package func value<T>(_ node: Node, key: String, _ parse: (String) -> Result<T, ValueSyntaxError>) -> T? {
        guard let text = string(node, key: key) else { return nil }
        switch parse(text.trimmingCharacters(in: .whitespaces)) {
        case .success(let value): return value
        case .failure(let error):
            fail(node, key, error.message)
            return nil
        }
    }

    /// 1-based lines at or after `start` where `key:` is defined at the indentation of its first definition.
    package static func lines(definingKey key: String, in text: String, from start: Int) -> [Int] {
        var result: [Int] = []
        var indentation: Int?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where index + 1 >= start {
            var line = Substring(raw)
            var indent = line.prefix(while: { $0 == " " }).count
            line = line.dropFirst(indent)
            if line.hasPrefix("- ") { line = line.dropFirst(2); indent += 2 }
            for quote in ["", "\"", "'"] where line.hasPrefix("\(quote)\(key)\(quote):") {
                if indentation == nil { indentation = indent }
                if indentation == indent { result.append(index + 1) }
            }
        }
        return result
    }

    package func join(_ parent: String, _ name: String) -> String { parent.isEmpty ? name : "\(parent).\(name)" }

    private func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// ` (did you mean 'x'?)` when a known name is within two edits of `name`, else empty.
    package static func suggestion(for name: String, among known: [String]) -> String {
        let best = known.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= 2, best.1 < max(name.count, 1) else { return "" }
        return " (did you mean '\(best.0)'?)"
    }

    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
