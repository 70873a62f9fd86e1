import CNewsMalloc

/// How much freed memory the process keeps from the system, set for ingest, whose peak resident
/// memory has a bound to meet (issues 14 and 17).
enum MemoryRetention {
    /// Gives blocks of 128 KB or more (glibc's starting threshold) mappings of their own, returned to the
    /// system when freed. Left to itself, glibc raises the threshold to the size of each such block
    /// freed, so that the next blocks of that size (several MB while a large article is parsed, the
    /// writer's rows of a batch) are cut from an arena, whose memory stays resident once freed.
    ///
    /// Peak RSS of `MALLOC_MMAP_THRESHOLD_=131072 news-archive ingest` against the same binary without it
    /// (`/usr/bin/time -v`, three alternating runs): 10k generated articles 106–107 → 101–105 MB, one 8 MB
    /// article 155–178 → 141 MB, at the same CPU time. (Fewer arenas, `M_ARENA_MAX` 2, took 3–5 MB more
    /// off at 10k but cost some 4 % of CPU time: the preparing threads then wait on each other's arena.)
    static func limitForIngest() {
        _ = cnewsmalloc_set_mapping_threshold(128 * 1024)
    }
}
