#ifndef CNEWSZLIB_SHIM_H
#define CNEWSZLIB_SHIM_H
#include <zlib.h>

/// deflateInit and inflateInit are macros (they pass the library version and the stream's size), which
/// Swift cannot import.
static inline int cnewszlib_deflate_init(z_stream *stream, int level) {
    return deflateInit(stream, level);
}

static inline int cnewszlib_inflate_init(z_stream *stream) {
    return inflateInit(stream);
}
#endif
