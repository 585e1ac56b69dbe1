/// Which logbook entries to read: all filters are optional and combine with AND; an entry found brings the entries
/// that correct it along.
public struct LogQuery: Sendable, Hashable {
    /// Entries written in this shift (`Shift.id`).
    public var shiftID: String?
    public var category: LogCategory?
    /// Accent- and case-insensitive text: "ha noi" finds "Hà Nội", NFC or NFD alike.
    public var search: String?
    /// The newest `limit` entries (returned oldest first).
    public var limit: Int

    public init(shiftID: String? = nil, category: LogCategory? = nil, search: String? = nil, limit: Int = 1000) {
        self.shiftID = shiftID; self.category = category; self.search = search; self.limit = limit
    }
}
