extension Buffer {
    /// A buffer of this size for the next frame: `spare` (the frame before last) when its size fits, else a new one.
    /// `spare` is emptied, so the buffer returned is its only reference and rendering into it writes in place.
    /// Its old cells are still there: only a renderer that fills its whole area first may use it (`ConsoleView`'s
    /// and `BriefingView`'s `render(_:into:)` do). A new 200×60 buffer every second was 12,000 cells allocated
    /// (an mmap above malloc's threshold), page-faulted in and freed: about a sixth of an idle console's CPU.
    public static func recycled(_ spare: inout Buffer?, width: Int, height: Int) -> Buffer {
        let width = max(0, width), height = max(0, height)
        guard let reused = spare, reused.width == width, reused.height == height else {
            spare = nil
            return Buffer(width: width, height: height)
        }
        spare = nil
        return reused
    }
}
