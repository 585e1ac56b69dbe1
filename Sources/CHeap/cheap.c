#include "cheap.h"
#include <stdlib.h> /* defines __GLIBC__ on glibc */
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#endif

int cheap_limit_arenas(int count) {
#if defined(__GLIBC__)
    return mallopt(M_ARENA_MAX, count);
#else
    (void)count;
    return 0;
#endif
}

int cheap_fix_heap_thresholds(int mmap_threshold, int trim_threshold) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, mmap_threshold) && mallopt(M_TRIM_THRESHOLD, trim_threshold);
#else
    (void)mmap_threshold;
    (void)trim_threshold;
    return 0;
#endif
}

int cheap_release_freed_memory(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}

#if defined(__linux__)
/* The value of a "Key:   N kB" line of smaps. */
static long smaps_kb(const char *line, size_t key_length) { return atol(line + key_length); }

/* True when VmFlags names a mapping that must be left alone: locked, I/O, PFN or mixed map. */
static int smaps_flags_forbid(const char *flags) {
    static const char *const forbidden[] = {" lo", " io", " pf", " mm", " dd", NULL};
    for (int i = 0; forbidden[i] != NULL; i++) {
        const char *hit = strstr(flags, forbidden[i]);
        if (hit != NULL && (hit[3] == ' ' || hit[3] == '\n' || hit[3] == '\0')) return 1;
    }
    return 0;
}
#endif

int cheap_release_file_pages(void) {
#if defined(__linux__)
    FILE *smaps = fopen("/proc/self/smaps", "re");
    if (smaps == NULL) return -1;
    char line[8192];
    unsigned long start = 0, end = 0;
    int candidate = 0, released = 0, whole_line = 1;
    while (fgets(line, sizeof line, smaps) != NULL) {
        /* A line longer than the buffer arrives in pieces; only a piece that starts a line is parsed. */
        int starts_line = whole_line;
        whole_line = strchr(line, '\n') != NULL;
        if (!starts_line) continue;
        unsigned long from, to, offset, inode;
        char perms[8], device[16];
        int path_at = 0;
        if (sscanf(line, "%lx-%lx %7s %lx %15s %lu %n", &from, &to, perms, &offset, device, &inode, &path_at) == 6
            && path_at > 0) {
            const char *path = line + path_at;
            /* Read-only (no 'w'), private or shared, backed by a regular file named by its path. */
            candidate = strlen(perms) == 4 && perms[1] != 'w' && inode != 0 && path[0] == '/'
                && strncmp(path, "/dev/", 5) != 0;
            start = from;
            end = to;
            continue;
        }
        if (!candidate) continue;
        if (strncmp(line, "Anonymous:", 10) == 0) {
            if (smaps_kb(line, 10) != 0) candidate = 0;
        } else if (strncmp(line, "Private_Dirty:", 14) == 0) {
            if (smaps_kb(line, 14) != 0) candidate = 0;
        } else if (strncmp(line, "Shared_Dirty:", 13) == 0) {
            if (smaps_kb(line, 13) != 0) candidate = 0;
        } else if (strncmp(line, "Locked:", 7) == 0) {
            if (smaps_kb(line, 7) != 0) candidate = 0;
        } else if (strncmp(line, "Rss:", 4) == 0) {
            if (smaps_kb(line, 4) == 0) candidate = 0; /* nothing resident: nothing to release */
        } else if (strncmp(line, "VmFlags:", 8) == 0) {
            /* The last line of a mapping's record: every check above has been made. */
            if (!smaps_flags_forbid(line + 8) && end > start
                && madvise((void *)start, end - start, MADV_DONTNEED) == 0) {
                released++;
            }
            candidate = 0;
        }
    }
    fclose(smaps);
    return released;
#else
    return 0;
#endif
}
