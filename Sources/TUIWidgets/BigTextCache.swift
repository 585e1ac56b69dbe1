import Foundation

/// Big type already composed, by text: a wall redraws the same labels and numbers every second, and composing them
/// from the pixel font (each glyph built from its patterns, marks decomposed by Foundation) was most of a frame —
/// a tile's label was laid out a dozen times per frame while the band chose its grid. Bitmaps and block rows are
/// pure functions of their keys, so nothing is ever invalidated: a new text, language, size or theme simply asks for
/// other keys. The cache is emptied when it reaches `limit` entries (numbers change, so keys accumulate slowly).
final class BigTextCache: @unchecked Sendable {
    static let shared = BigTextCache()
    /// Entries per table before it is emptied.
    static let limit = 4096

    private let lock = NSLock()
    private var bitmaps: [String: BigBitmap] = [:]
    private var rows: [String: [String]] = [:]

    /// The bitmap of `text`, composed by `make` the first time.
    func bitmap(_ text: String, make: () -> BigBitmap) -> BigBitmap {
        if let hit = lock.withLock({ bitmaps[text] }) { return hit }
        let made = make()
        lock.withLock {
            if bitmaps.count >= Self.limit { bitmaps.removeAll(keepingCapacity: true) }
            bitmaps[text] = made
        }
        return made
    }

    /// The block rows of `text` at `scale`, composed by `make` the first time.
    func rows(_ text: String, scale: Int, make: () -> [String]) -> [String] {
        let key = String(scale) + "\u{1F}" + text
        if let hit = lock.withLock({ rows[key] }) { return hit }
        let made = make()
        lock.withLock {
            if rows.count >= Self.limit { rows.removeAll(keepingCapacity: true) }
            rows[key] = made
        }
        return made
    }
}
