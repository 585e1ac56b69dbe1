import ArgumentParser
import Foundation
import IOCAnalytics
import IOCDomain

/// `ioc anomaly score FILE.csv`: the streaming anomaly detector of the `anomaly` alarm rules, run over a
/// `timestamp,value` file point by point; writes `timestamp,value,anomaly_score`, each score in [0, 1] computed only
/// from the points before it — the form the Numenta Anomaly Benchmark's scorer reads, so the detector can be judged
/// on public benchmarks. No database is opened.
struct AnomalyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anomaly", abstract: "Anomaly scores of a time series file (the detector of the anomaly alarm rules).",
        discussion: ExitStatus.help, subcommands: [Score.self], defaultSubcommand: Score.self)

    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read timestamp,value lines; write timestamp,value,anomaly_score (score in [0, 1] from the points before each).",
            discussion: """
                Timestamps as YYYY-MM-DD HH:MM:SS (read as UTC) or ISO 8601 with a zone, in time order; a header line \
                (timestamp,value) is copied with the new column. A line that is not a timestamp and a finite number \
                stops the run with its file and line named, and nothing is written.

                """ + ExitStatus.help)
        @Argument(help: "The CSV file (timestamp,value).") var file: String
        @Option(name: .long, help: "Write here instead of standard output (replaced only when the whole file was scored).")
        var output: String?
        @OptionGroup var language: LanguageOption

        func run() throws {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw CommandFailure.failure("không đọc được \(file): \(error.localizedDescription)",
                                             "cannot read \(file): \(error.localizedDescription)")
            }
            let scored = try Self.score(text, file: file)
            if let output {
                do {
                    try scored.write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw CommandFailure.failure("không ghi được \(output): \(error.localizedDescription)",
                                                 "cannot write \(output): \(error.localizedDescription)")
                }
            } else {
                FileHandle.standardOutput.write(Data(scored.utf8))
            }
        }

        /// The scored file, or a failure naming the file and line of the first bad one.
        static func score(_ text: String, file: String) throws -> String {
            var detector = AnomalyDetector()
            var out = ""
            out.reserveCapacity(text.utf8.count + text.utf8.count / 2)
            var previous: Date?
            var number = 0
            // "\r\n" is one Character in Swift: split on every kind of line end.
            for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                number += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                if number == 1, fields.count == 2, Double(fields[1].trimmingCharacters(in: .whitespaces)) == nil,
                   NABTimestamp.parse(fields[0]) == nil {
                    out += "timestamp,value,anomaly_score\n"
                    continue
                }
                func bad(_ en: String, _ vi: String) -> CommandFailure {
                    CommandFailure.failure("\(file):\(number): \(vi)", "\(file):\(number): \(en)")
                }
                guard fields.count == 2 else {
                    throw bad("expected two fields, timestamp,value; found \(fields.count)",
                              "cần hai trường timestamp,value; có \(fields.count)")
                }
                let stamp = fields[0].trimmingCharacters(in: .whitespaces)
                // A fragment of the line as the message quotes it: never a terminal control sequence.
                func quoted<S: StringProtocol>(_ text: S) -> String { TextSanitizer.clean(String(text.prefix(40))) }
                guard let time = NABTimestamp.parse(stamp) ?? Self.iso(stamp) else {
                    throw bad("'\(quoted(stamp))' is not a timestamp (YYYY-MM-DD HH:MM:SS or ISO 8601)",
                              "'\(quoted(stamp))' không phải thời điểm (YYYY-MM-DD HH:MM:SS hoặc ISO 8601)")
                }
                guard let value = Double(fields[1].trimmingCharacters(in: .whitespaces)), value.isFinite else {
                    throw bad("'\(quoted(fields[1]))' is not a finite number", "'\(quoted(fields[1]))' không phải số hữu hạn")
                }
                if let previous, time < previous {
                    throw bad("the timestamps go back in time (the file must be in time order)",
                              "thời điểm lùi lại (tệp phải theo thứ tự thời gian)")
                }
                previous = time
                let score = detector.score(time: time, value: value)
                // The fields as read (a timestamp of digits and separators, a number): nothing else is echoed.
                out += "\(stamp),\(fields[1].trimmingCharacters(in: .whitespaces)),\(String(format: "%.6f", score))\n"
            }
            return out
        }

        /// An ISO 8601 date with its zone, with or without fractional seconds.
        static func iso(_ text: String) -> Date? {
            let f = ISO8601DateFormatter()
            if let date = f.date(from: text) { return date }
            f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return f.date(from: text)
        }
    }
}
