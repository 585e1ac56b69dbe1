/// The true size of a list of events, when only its first rows are read: all, open, overdue and due soon.
public struct EventCounts: Sendable, Hashable {
    public var total: Int
    public var open: Int
    public var overdue: Int
    public var dueSoon: Int

    public init(total: Int, open: Int, overdue: Int, dueSoon: Int) {
        self.total = total; self.open = open; self.overdue = overdue; self.dueSoon = dueSoon
    }
}
