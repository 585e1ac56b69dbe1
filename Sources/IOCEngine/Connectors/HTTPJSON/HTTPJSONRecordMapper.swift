import Foundation
import IOCConfig
import IOCDomain

/// Turns a JSON response into its records (guarding numbers no double can hold), which `RecordMapper` maps to a
/// `Batch` following the source's declarative mapping.
package struct HTTPJSONRecordMapper {
    var mapping: SourceMapping
    var now: Date

    package init(mapping: SourceMapping, now: Date) {
        self.mapping = mapping; self.now = now
    }

    package func batch(from body: Data, previousCursor: String?) throws -> Batch {
        let (json, replaced) = try JSONBody.parse(body, options: [.fragmentsAllowed])
        let place = mapping.records.components.isEmpty ? "the top level" : "'\(mapping.records)'"
        guard let found = mapping.records.lookup(in: json) else {
            throw PollError.invalidResponse("no records at \(place)")
        }
        guard let records = found as? [Any] else {
            throw PollError.invalidResponse("expected a list of records at \(place), found \(RecordMapper.kind(of: found))")
        }
        return try RecordMapper(mapping: mapping, now: now, numbers: .json)
            .batch(records: records, place: place, previousCursor: previousCursor, checkRange: replaced)
    }
}
