import CNewsZlib

/// One-call compression, for the framings the archive writes (gzip, and zlib against a dictionary).
enum Deflate {
    /// `input` deflated through `stream`, which the caller has set up (framing, level, dictionary) and
    /// this ends; nil when zlib fails.
    static func whole(_ input: [UInt8], through stream: inout z_stream) -> [UInt8]? {
        defer { deflateEnd(&stream) }
        var input = input
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int? in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH) == Z_STREAM_END ? target.count - Int(stream.avail_out) : nil
            }
        }
        return written.map { Array(output.prefix($0)) }
    }
}
