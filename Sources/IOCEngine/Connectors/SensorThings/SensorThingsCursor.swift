import Foundation

/// Where a SensorThings source's reading stands: for each Datastream, the phenomenon time of the newest Observation
/// stored, so the next poll asks for what came after it and each Observation arrives once.
struct SensorThingsCursor: Codable, Equatable {
    var newest: [String: Date]

    init(newest: [String: Date] = [:]) { self.newest = newest }

    /// The cursor a previous poll wrote, or an empty one for a first poll (or a cursor of another kind).
    static func decode(_ text: String?) -> SensorThingsCursor {
        guard let text, let data = text.data(using: .utf8) else { return SensorThingsCursor() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        do { return try decoder.decode(SensorThingsCursor.self, from: data) } catch { return SensorThingsCursor() }
    }

    /// The cursor's text; an encoding failure fails the poll (it never silently reads every stream again).
    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
