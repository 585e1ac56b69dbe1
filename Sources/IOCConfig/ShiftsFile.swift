import Foundation
import IOCDomain
import Yams

/// Reads `shifts.yaml`: the start times of the shifts each day, in UTC+7.
///
/// ```yaml
/// shifts: ["06:00", "14:00", "22:00"]
/// ```
/// Errors are located (`file:line: shifts: message`); unknown keys are errors.
public enum ShiftsFile {
    public static func load(path: String) throws(ConfigErrors) -> ShiftPattern {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> ShiftPattern {
        let reader = ConfigReader(file: file)
        var pattern: ShiftPattern?
        if let root = reader.root(text),
           let top = reader.fields(root, key: "", allowed: ["shifts"], required: ["shifts"]),
           let node = top["shifts"], let items = reader.sequence(node, key: "shifts") {
            let times = items.compactMap { reader.string($0, key: "shifts") }
            if times.count == items.count {
                switch ShiftPattern.parse(times) {
                case .success(let p): pattern = p
                case .failure(let e):
                    let bad = items.first { item in e.message.contains("'\(item.scalar?.string ?? "")'") } ?? node
                    reader.fail(bad, "shifts", e.message)
                }
            }
        }
        try reader.throwIfFailed()
        guard let pattern else { throw ConfigErrors([ConfigError(file: file, line: 1, key: "shifts", message: "no shift pattern")]) }
        return pattern
    }
}
