import CHeap

/// Keeps a long-running process's memory small. glibc gives every thread that contends for malloc its own arena (up
/// to 8 per core), each holding freed memory for reuse: a console with a handful of mostly idle threads needs one
/// (two held 0.8 MB more, measured). glibc also raises its mmap and trim thresholds each time a large block is freed,
/// after which large blocks come from the heap and freed ones stay there; fixed thresholds keep the heap flat. Now and
/// then the process returns what it freed, and the pages of code and read-only data it touched only while starting
/// (argument parsing, migrations, catalogues, the first frame), which the kernel mapped 64 KB at a time and would
/// otherwise keep counted in its resident set for as long as it runs (Decision 22).
enum MemoryFootprint {
    /// Blocks of 64 KB and more get their own mapping, returned to the system when freed.
    static let mmapThreshold: Int32 = 64 * 1024
    /// Free memory at the heap's top beyond 256 KB is returned at once.
    static let trimThreshold: Int32 = 256 * 1024

    /// Caps glibc's malloc arenas and fixes its thresholds; call before threads start.
    static func tuneHeap(arenas: Int32 = 1) {
        _ = cheap_limit_arenas(arenas)
        _ = cheap_fix_heap_thresholds(mmapThreshold, trimThreshold)
    }

    /// Returns freed heap pages (glibc `malloc_trim`) and the resident pages of read-only file mappings with no
    /// private copy (`madvise(MADV_DONTNEED)`; what is touched again comes back from the page cache). Takes a few
    /// milliseconds (reading /proc/self/smaps of about 300 mappings: 2.4 ms); meant for once a minute and once shortly
    /// after start-up.
    static func release() {
        _ = cheap_release_freed_memory()
        _ = cheap_release_file_pages()
    }
}
