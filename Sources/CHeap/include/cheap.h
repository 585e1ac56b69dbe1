// Memory footprint of long-running processes: glibc heap tuning (<malloc.h> is not part of Swift's Glibc module)
// and returning start-up pages of read-only file mappings.
#ifndef CHEAP_H
#define CHEAP_H

/// Caps glibc's malloc arenas (mallopt M_ARENA_MAX); returns 1 on success, 0 where unsupported.
int cheap_limit_arenas(int count);

/// Fixes glibc's mmap and trim thresholds (mallopt M_MMAP_THRESHOLD, M_TRIM_THRESHOLD), which otherwise rise
/// after each large block is freed until the heap keeps megabytes it no longer uses; returns 1 on success.
int cheap_fix_heap_thresholds(int mmap_threshold, int trim_threshold);

/// Returns freed heap pages to the system (malloc_trim(0)); returns 1 when memory was released.
int cheap_release_freed_memory(void);

/// Unmaps the resident pages of this process's read-only file mappings (code and read-only data of the program
/// and its libraries) that hold no private copy, with madvise(MADV_DONTNEED), so that only what the process touches
/// afterwards is mapped again. A writable mapping, one with any private (copy-on-write) page, a locked, I/O or
/// PFN mapping is never touched, so no content can change: a dropped page comes back from the page cache on its
/// next access. Returns the number of mappings released, or -1 when /proc/self/smaps cannot be read.
int cheap_release_file_pages(void);

#endif
