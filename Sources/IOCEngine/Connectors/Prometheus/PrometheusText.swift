import Foundation

/// The Prometheus text exposition format (version 0.0.4), as `/metrics` endpoints serve it: `# TYPE` lines, and one
/// sample per line, `name{label="value",…} value [timestamp_ms]`, with `NaN`, `+Inf` and `-Inf` as values and `\\`,
/// `\"` and `\n` escaped in label values. A line that is not a sample is skipped and counted.
package enum PrometheusText {
    package struct Sample: Equatable {
        var name: String
        var labels: [String: String]
        var value: Double
        var timestampMs: Int64?
    }

    package struct Parsed: Equatable {
        var samples: [Sample] = []
        /// Metric name → its declared type (`counter`, `gauge`, `histogram`, `summary`, `untyped`).
        var types: [String: String] = [:]
        /// Lines that were neither comments nor samples.
        var unreadable = 0
    }

    package static func parse(_ text: String) -> Parsed {
        var parsed = Parsed()
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let words = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
                if words.count >= 4, words[1] == "TYPE" { parsed.types[String(words[2])] = String(words[3]) }
                continue
            }
            if let sample = sample(Substring(line)) { parsed.samples.append(sample) } else { parsed.unreadable += 1 }
        }
        return parsed
    }

    /// Whether a metric counts up (its rate is what a person reads): declared a counter, or named like one.
    static func isCounter(_ name: String, types: [String: String]) -> Bool {
        if let type = types[name] { return type == "counter" }
        return name.hasSuffix("_total")
    }

    private static func sample(_ line: Substring) -> Sample? {
        var rest = line
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
        guard !name.isEmpty, !(name.first!.isNumber) else { return nil }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while true {
                rest = rest.drop { $0 == " " || $0 == "," }
                if rest.first == "}" { rest = rest.dropFirst(); break }
                let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                guard !label.isEmpty else { return nil }
                rest = rest.dropFirst(label.count).drop { $0 == " " }
                guard rest.first == "=" else { return nil }
                rest = rest.dropFirst().drop { $0 == " " }
                guard rest.first == "\"" else { return nil }
                rest = rest.dropFirst()
                var value = ""
                var escaped = false
                var closed = false
                while let c = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        value.append(c == "n" ? "\n" : c)
                        escaped = false
                    } else if c == "\\" {
                        escaped = true
                    } else if c == "\"" {
                        closed = true
                        break
                    } else {
                        value.append(c)
                    }
                }
                guard closed else { return nil }
                labels[String(label)] = value
            }
        }
        let fields = rest.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count == 1 || fields.count == 2, let value = number(fields[0]) else { return nil }
        var timestamp: Int64?
        if fields.count == 2 {
            guard let t = Int64(fields[1]) else { return nil }
            timestamp = t
        }
        return Sample(name: String(name), labels: labels, value: value, timestampMs: timestamp)
    }

    private static func number(_ text: Substring) -> Double? {
        switch text {
        case "NaN": return .nan
        case "+Inf", "Inf": return .infinity
        case "-Inf": return -.infinity
        default: return Double(text)
        }
    }
}
