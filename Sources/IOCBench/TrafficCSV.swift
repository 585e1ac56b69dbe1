import Foundation
import IOCAnalytics

/// Reads a NAB-style `timestamp,value` CSV (timestamps read as UTC by `NABTimestamp`, the corpus's one parser) into
/// raw points; lines that are not a timestamp and a number (the header) are passed over.
enum TrafficCSV {
    static func load(_ url: URL) throws -> [TimedValue] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var points: [TimedValue] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",")
            guard fields.count >= 2, let value = Double(fields[1].trimmingCharacters(in: .whitespaces)),
                  let date = NABTimestamp.parse(fields[0]) else { continue }
            points.append(TimedValue(date: date, value: value))
        }
        return points
    }
}
