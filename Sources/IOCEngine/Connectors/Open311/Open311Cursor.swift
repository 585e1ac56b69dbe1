import Foundation

/// Where an Open311 source's reading stands: the time its windows have covered up to, and (when the server filters
/// on the filing time) the requests still open, re-read a few at a time so their later changes arrive too.
struct Open311Cursor: Codable, Equatable {
    /// Windows are read from this time on (less a small overlap: a request written as the last window closed).
    var at: Date
    /// Ids of requests last seen open, oldest check first (`DateField.requested` only).
    var open: [String]

    /// At most this many open requests are remembered; the oldest checked are dropped first.
    static let maxOpen = 2000

    init(at: Date, open: [String] = []) {
        self.at = at; self.open = open
    }

    /// The cursor a previous poll wrote, or nil for a first poll (or a cursor of another kind, which restarts).
    static func decode(_ text: String?) -> Open311Cursor? {
        guard let text, let data = text.data(using: .utf8) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        do {
            return try decoder.decode(Open311Cursor.self, from: data)
        } catch {
            return nil   // another kind's cursor (the source changed kind): read from `since_days` again, as a first poll
        }
    }

    /// The cursor's text; an encoding failure fails the poll (it never silently restarts the windows).
    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
