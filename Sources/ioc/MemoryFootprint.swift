import CHeap

/// Keeps a long-running process's memory small: glibc gives every thread that contends for malloc its own arena
/// (up to 8 per core), each holding freed memory for reuse; a console with a handful of mostly idle threads needs
/// one (two arenas held 0.8 MB more, measured), and returns what it freed to the system now and then. It also returns the pages of code and read-only data
/// it touched only while starting (argument parsing, migrations, catalogues, the first frame), which the kernel
/// mapped 64 KB at a time and would otherwise keep counted in its resident set for as long as it runs.
enum MemoryFootprint {
    /// Caps glibc's malloc arenas; call before threads start.
    static func limitArenas(_ count: Int32 = 1) {
        _ = cheap_limit_arenas(count)
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
