#ifndef CNEWSSHA256_SHA256_HARDWARE_H
#define CNEWSSHA256_SHA256_HARDWARE_H
#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the x86 SHA extensions (and SSSE3 and SSE4.1, which the code below also uses).
int cnews_sha256_hardware_available(void);

/// Mixes `blocks` 64-byte blocks at `data` into the SHA-256 `state` (a, b, … h) with the SHA
/// extensions, given SHA-256's 64 round constants. Call only when `cnews_sha256_hardware_available()`
/// says so.
void cnews_sha256_hardware_blocks(
    uint32_t state[8], const uint8_t *data, size_t blocks, const uint32_t roundConstants[64]);
#endif
