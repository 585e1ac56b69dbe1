import Foundation
import TextFold

/// A cell prepared for comparison: its value, if it has one, and its folded text.
struct TableSortKey: Sendable {
    var number: Double?
    var folded: String
    var raw: String

    init(_ row: TableRow, column: Int) {
        raw = row.cell(column)
        number = row.value(column)
        folded = TextFolding.fold(raw)
    }

    /// Values before texts; values by number, texts folded (accents and case ignored), then exactly.
    static func compare(_ a: TableSortKey, _ b: TableSortKey) -> Int {
        switch (a.number, b.number) {
        case let (x?, y?):
            return x < y ? -1 : (x > y ? 1 : 0)
        case (_?, nil):
            return -1
        case (nil, _?):
            return 1
        case (nil, nil):
            if a.folded != b.folded { return a.folded < b.folded ? -1 : 1 }
            return a.raw < b.raw ? -1 : (a.raw > b.raw ? 1 : 0)
        }
    }
}
