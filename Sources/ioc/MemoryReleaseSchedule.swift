/// When a long-running process calls `MemoryFootprint.release()`: once ten seconds after start-up (the first
/// frames and the first poll are done by then), then on each wall-clock minute. Seconds may be skipped (a loop that
/// wakes late) without a release being missed.
struct MemoryReleaseSchedule {
    private(set) var next: Int

    init(start: Int) { next = start + 10 }

    /// Whether a release is due at `second` (seconds since 1970); when it is, the next one is set to the following
    /// minute.
    mutating func isDue(at second: Int) -> Bool {
        guard second >= next else { return false }
        next = (second / 60 + 1) * 60
        return true
    }
}
