import Foundation

/// Finds the ward (phường/xã) a piece of text names — a SensorThings Location's name, a CAP `areaDesc` — among the
/// 240 wards and communes of the bundled admin-units data, or takes an official unit code as it is. A name shared by
/// wards of both cities counts only when the text also names the city; text naming two different wards names none.
package struct WardNames: Sendable {
    struct Unit: Sendable {
        var code: String
        var name: String
        var province: String
    }

    private let units: [Unit]
    private let codes: Set<String>

    init(rows: [[String: String]]) {
        units = rows.compactMap { row in
            guard let code = row["unit_code"], let name = row["unit_name"], let province = row["province_name"] else { return nil }
            return Unit(code: code, name: Self.fold(name), province: Self.fold(province.replacingOccurrences(of: "Thành phố ", with: "")))
        }
        codes = Set(units.map(\.code))
    }

    /// The bundled table, read once; a failure (a broken install) is kept and reported by whoever asks.
    package static let bundled: Result<WardNames, Error> = Result { WardNames(rows: try BundledTable.rows("admin-units-hanoi-haiphong")) }

    /// True when `code` is an official unit code of the bundled data.
    package func isCode(_ code: String) -> Bool { codes.contains(code) }

    /// The code of the one ward `text` names, or nil.
    package func code(in text: String) -> String? {
        let folded = Self.fold(text)
        var found = units.filter { folded.contains($0.name) }
        // "Phường Hồng Bàng" inside "Phường Hồng Bàng Mới" is not a second ward: keep the longest names only.
        found = found.filter { unit in !found.contains { $0.name.count > unit.name.count && $0.name.contains(unit.name) } }
        if Set(found.map(\.name)).count != 1 { return nil }
        if found.count > 1 { found = found.filter { folded.contains($0.province) } }
        return found.count == 1 ? found[0].code : nil
    }

    private static func fold(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased()
    }
}
