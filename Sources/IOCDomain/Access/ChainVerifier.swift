/// The one rule for checking a hash chain, row by row in id order: ids run 1, 2, 3… without a gap (a deleted row is
/// missing), each row's `previous` is the hash of the row before (rows moved or removed break the link), and each
/// row's stored hash is the hash of its content (a changed byte breaks it). The first row that fails is named.
public struct ChainVerifier: Sendable {
    /// What the rows are called in a reason: "mục"/"entry" for the logbook, "bản ghi"/"record" for the audit trail.
    let noun: String, nounEN: String
    /// The hash before the first row.
    let genesis: String
    private var previous: String
    private var expectedID: Int64 = 1
    private var count = 0
    /// The first break, once found; later rows are not looked at.
    public private(set) var broken: ChainCheck?

    public init(genesis: String, noun: String, nounEN: String) {
        self.genesis = genesis; self.previous = genesis; self.noun = noun; self.nounEN = nounEN
    }

    /// Checks the next row. `computed` is the hash of its stored content, nil when the content could not be read
    /// (`unreadable` says why). Returns false once the chain is broken.
    @discardableResult
    public mutating func check(id: Int64, previous stated: String, stored: String, computed: String?,
                               unreadable: String = "") -> Bool {
        guard broken == nil else { return false }
        if id != expectedID {
            broken = .broken(entryID: id, reason: "thiếu \(noun) #\(expectedID) trước \(noun) này",
                             reasonEN: "\(nounEN) #\(expectedID) is missing before this one")
        } else if stated != previous {
            broken = .broken(entryID: id, reason: "không nối với \(noun) trước (prev_hash khác hash của \(noun) #\(id - 1))",
                             reasonEN: "not linked to the \(nounEN) before (prev_hash differs from the hash of #\(id - 1))")
        } else if let computed {
            if computed != stored {
                broken = .broken(entryID: id, reason: "nội dung đã bị thay đổi (hash không khớp)",
                                 reasonEN: "its content was changed (the hash does not match)")
            }
        } else {
            broken = .broken(entryID: id, reason: "không đọc được: \(unreadable)", reasonEN: "unreadable: \(unreadable)")
        }
        guard broken == nil else { return false }
        previous = stored
        expectedID += 1
        count += 1
        return true
    }

    /// The verdict after the last row.
    public var result: ChainCheck { broken ?? .intact(entries: count) }
}
