#ifndef CNEWSMALLOC_SHIM_H
#define CNEWSMALLOC_SHIM_H
#if defined(__linux__)
#include <malloc.h>
#endif

/// glibc's mallopt(M_MMAP_THRESHOLD, threshold), whose option name is a macro in <malloc.h> that Swift's Glibc
/// module does not import: blocks of `threshold` bytes or more each get a mapping of their own, given back to the
/// system when freed. Setting it also stops glibc from raising it to the size of each such block freed (up to
/// 32 MB). Returns 1 when set; 0 elsewhere than glibc.
static inline int cnewsmalloc_set_mapping_threshold(int threshold) {
#if defined(M_MMAP_THRESHOLD)
    return mallopt(M_MMAP_THRESHOLD, threshold);
#else
    (void)threshold;
    return 0;
#endif
}
#endif
