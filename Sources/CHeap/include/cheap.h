// glibc heap tuning for long-running processes (<malloc.h> is not part of Swift's Glibc module).
#ifndef CHEAP_H
#define CHEAP_H

/// Caps glibc's malloc arenas (mallopt M_ARENA_MAX); returns 1 on success, 0 where unsupported.
int cheap_limit_arenas(int count);

/// Returns freed heap pages to the system (malloc_trim(0)); returns 1 when memory was released.
int cheap_release_freed_memory(void);

#endif
