import Foundation

/// Numbers the distinct texts of a column by their UTF-8 bytes, so a scan can group rows without building a `String`
/// per row. Meant for a few dozen distinct values (agency codes, statuses): lookup is a linear byte comparison.
struct TextInterner {
    private var entries: [[UInt8]] = []
    /// The distinct texts, in first-seen order; `index(of:length:)` returns positions in this array.
    private(set) var texts: [String] = []

    /// The number of the text at `bytes` (`length` bytes, not NUL-terminated); a NULL pointer counts as "".
    mutating func index(of bytes: UnsafePointer<UInt8>?, length: Int) -> Int {
        let count = bytes == nil ? 0 : length
        for (i, entry) in entries.enumerated() where entry.count == count {
            if count == 0 || entry.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes!, count) == 0 }) {
                return i
            }
        }
        let copy = count == 0 ? [] : Array(UnsafeBufferPointer(start: bytes!, count: count))
        entries.append(copy)
        texts.append(String(decoding: copy, as: UTF8.self))
        return entries.count - 1
    }
}
