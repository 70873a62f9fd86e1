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

/// inflateInit2 for gzip data (window bits 16 + MAX_WBITS), also a macro.
static inline int cnewszlib_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}
/// deflateInit2 writing gzip (window bits 16 + MAX_WBITS), also a macro.
static inline int cnewszlib_deflate_init_gzip(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
