import CNewsZlib

/// Undoing gzip, for saved pages kept as `.html.gz`.
enum Gzip {
    /// Whether `bytes` start with gzip's magic number.
    static func isCompressed(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x1F, 0x8B]) }

    /// The bytes `compressed` holds (every member, when several are concatenated); nil when they are not
    /// whole, valid gzip data.
    static func decompressed(_ compressed: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard cnewszlib_inflate_init_gzip(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = compressed
        return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    guard stream.avail_in > 0 else { return output }
                    guard inflateReset(&stream) == Z_OK else { return nil }
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 { return nil }
                default:
                    return nil
                }
            }
        }
    }

    /// `bytes` as one gzip member (for tests and tools that write what ingest reads).
    static func compressed(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard cnewszlib_deflate_init_gzip(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else { return [] }
        return Deflate.whole(bytes, through: &stream) ?? []
    }
}
