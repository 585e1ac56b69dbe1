import Foundation
import SwiftCSV

/// Reads a CSV file bundled in `Resources/` as rows keyed by header.
enum BundledTable {
    static func rows(_ name: String) throws -> [[String: String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: "csv") else {
            throw CityModelError.missingResource(name + ".csv")
        }
        let csv = try CSV<Named>(url: url, encoding: .utf8)
        return csv.rows
    }
}
