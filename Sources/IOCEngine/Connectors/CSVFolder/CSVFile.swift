import Foundation
import SwiftCSV

/// One exported CSV file as the drop folder reads it: UTF-8 (with or without a byte-order mark) or refused with a
/// reason an office clerk can act on; rows as records keyed by the header's names.
package enum CSVFile {
    /// Why a file was not read at all (it goes to `rejected/` with this beside it).
    package struct Refusal: Error, Equatable {
        package let reason: String
    }

    package static func records(_ data: Data, delimiter: Character) throws(Refusal) -> [[String: String]] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw Refusal(reason: "the file is not UTF-8 (Windows-1258 or CP1252 files are not read): save it as "
                          + "\"CSV UTF-8\" and drop it again")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Refusal(reason: "the file is empty")
        }
        let csv: CSV<Named>
        do {
            csv = try CSV<Named>(string: text, delimiter: delimiter == "," ? .comma : .character(delimiter))
        } catch {
            throw Refusal(reason: "not a CSV file: \(error)")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard !header.isEmpty, header.allSatisfy({ !$0.isEmpty }) else {
            throw Refusal(reason: "the first line must name every column")
        }
        guard Set(header).count == header.count else {
            throw Refusal(reason: "the first line names a column twice")
        }
        // Keys trimmed like the header, so " gia_tri" and "gia_tri" are the same column.
        return csv.rows.map { row in
            Dictionary(row.map { ($0.key.trimmingCharacters(in: .whitespaces), $0.value) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
