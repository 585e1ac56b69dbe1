import CHeap

/// Keeps a long-running process's heap small: glibc gives every thread that contends for malloc its own arena
/// (up to 8 per core), each holding freed memory for reuse; a console with a handful of mostly idle threads needs
/// two, and returns what it freed to the system now and then.
enum MemoryFootprint {
    /// Caps glibc's malloc arenas; call before threads start.
    static func limitArenas(_ count: Int32 = 2) {
        _ = cheap_limit_arenas(count)
    }

    /// Returns freed heap pages to the system (glibc `malloc_trim`); cheap enough to call once a minute.
    static func releaseFreedMemory() {
        _ = cheap_release_freed_memory()
    }
}
