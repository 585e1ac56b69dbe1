import Foundation

/// Parsers for the small value languages of config files: durations and byte counts (the screens' sizes, colours
/// and attributes are `ScreenValueSyntax`).
package enum ValueSyntax {
    /// `"500ms"`, `"5s"`, `"2m"`, `"1h"`, `"7d"`, `"1.5s"` → seconds (greater than zero).
    package static func duration(_ text: String) -> Result<Double, ValueSyntaxError> { duration(text, allowZero: false) }

    /// Like `duration(_:)`, accepting zero (`"0s"`) when `allowZero`.
    package static func duration(_ text: String, allowZero: Bool) -> Result<Double, ValueSyntaxError> {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)]
        for unit in units where text.hasSuffix(unit.suffix) {
            let number = text.dropLast(unit.suffix.count)
            guard let value = Double(number), value.isFinite, number.first?.isNumber == true else { break }
            guard value > 0 || (allowZero && value == 0) else {
                return .failure(ValueSyntaxError("a duration must be greater than zero, found '\(text)'"))
            }
            return .success(value * unit.seconds)
        }
        return .failure(ValueSyntaxError("expected a duration like 500ms, 5s, 2m, 1h or 7d, found '\(text)'"))
    }

    /// `"512KB"`, `"2MB"`, `"1GB"` (powers of 1024, `KiB` spellings too) or a plain number of bytes.
    package static func byteSize(_ text: String) -> Result<Int, ValueSyntaxError> {
        let units: [(suffix: String, bytes: Int)] = [
            ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30),
            ("B", 1),
        ]
        var number = Substring(text)
        var multiplier = 1
        for unit in units where text.hasSuffix(unit.suffix) {
            number = text.dropLast(unit.suffix.count)
            multiplier = unit.bytes
            break
        }
        guard let value = Int(number), number.first?.isNumber == true else {
            return .failure(ValueSyntaxError("expected a size like 512KB, 2MB or 1048576, found '\(text)'"))
        }
        guard value > 0 else { return .failure(ValueSyntaxError("a size must be greater than zero, found '\(text)'")) }
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        guard !overflow, product <= 1 << 40 else {
            return .failure(ValueSyntaxError("size '\(text)' is too large"))
        }
        return .success(product)
    }
}
