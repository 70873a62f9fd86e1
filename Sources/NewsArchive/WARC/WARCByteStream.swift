import CNewsZlib
import Foundation

/// The bytes of a WARC file in order, read a chunk at a time and, for a `.warc.gz`, inflated gzip
/// member by member: however large the file, it holds one chunk of each.
///
/// It knows where each gzip member starts, so that a record found while streaming can be read again
/// later from its member alone (see `location(of:)`).
final class WARCByteStream {
    private let descriptor: Int32
    private let isCompressed: Bool
    /// Where in the file reading started.
    private let startOffset: Int
    private var stream = z_stream()
    /// The chunk of the file the inflater reads (allocated once: the stream keeps a pointer into it).
    private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
    /// Bytes read from the file so far (from `startOffset`).
    private var fileBytesRead = 0
    /// Whether the file has no more bytes, and the stream no more output.
    private var fileEnded = false
    private var memberEnded = false
    /// Output not consumed yet: `buffer[bufferStart...]`.
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    /// Output bytes consumed so far.
    private(set) var position = 0
    /// Output bytes made so far.
    private var produced = 0
    /// The gzip members whose output may still be asked for: where their output starts, and where they
    /// start in the file.
    private var memberStarts: [(output: Int, file: Int)] = []
    /// Why the stream ended before the file did (damaged gzip data), if it did.
    private(set) var damage: String?

    /// Opens the file at `path` and reads it from byte `offset` (the start of a gzip member, for a
    /// compressed file). Gzip is recognised by its magic number.
    /// - throws: `WARCError` when the file cannot be opened.
    init(path: String, offset: Int = 0) throws(WARCError) {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { throw WARCError("cannot be read (\(String(cString: strerror(errno))))") }
        if offset > 0, lseek(file, off_t(offset), SEEK_SET) < 0 {
            close(file)
            throw WARCError("cannot be read at byte \(offset)")
        }
        var magic = [UInt8](repeating: 0, count: 2)
        let count = magic.withUnsafeMutableBytes { pread(file, $0.baseAddress, 2, off_t(offset)) }
        descriptor = file
        startOffset = offset
        isCompressed = count == 2 && magic == [0x1F, 0x8B]
        if isCompressed {
            guard cnewszlib_inflate_init_gzip(&stream) == Z_OK else { throw WARCError("cannot start inflating") }
            memberStarts.append((0, offset))
        }
    }

    deinit {
        if isCompressed { inflateEnd(&stream) }
        input.deallocate()
        close(descriptor)
    }

    /// Where the output byte at `outputPosition` can be read again: the file offset of the gzip member
    /// it is in (of the byte itself, for an uncompressed file), and how many output bytes into it.
    func location(of outputPosition: Int) -> (offset: Int, skip: Int) {
        guard isCompressed else { return (startOffset + outputPosition, 0) }
        let member = memberStarts.last { $0.output <= outputPosition } ?? memberStarts[0]
        return (member.file, outputPosition - member.output)
    }

    /// Forgets the members that end before `outputPosition`, which will not be asked for again.
    func forgetMembers(before outputPosition: Int) {
        guard let last = memberStarts.lastIndex(where: { $0.output <= outputPosition }), last > 0 else { return }
        memberStarts.removeFirst(last)
    }

    /// Whether the file (or its readable part) has been read to its end.
    var hasEnded: Bool { fileEnded }

    private var available: Int { buffer.count - bufferStart }

    /// Makes more output available; false at the end of the file (or of its readable part).
    private func fill() -> Bool {
        if bufferStart > 1 << 16 {
            buffer.removeFirst(bufferStart)
            bufferStart = 0
        }
        while true {
            if fileEnded { return false }
            if !isCompressed {
                let before = buffer.count
                buffer += [UInt8](repeating: 0, count: 1 << 16)
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + before, 1 << 16) }
                buffer.removeLast((1 << 16) - max(0, count))
                guard count > 0 else {
                    fileEnded = true
                    return false
                }
                fileBytesRead += count
                produced += count
                return true
            }
            if stream.avail_in == 0 {
                let count = read(descriptor, input, 1 << 16)
                guard count > 0 else {
                    fileEnded = true
                    if !memberEnded { damage = "the file ends inside a gzip member (cut short)" }
                    return false
                }
                fileBytesRead += count
                stream.avail_in = UInt32(count)
                stream.next_in = input
            }
            if memberEnded {
                guard inflateReset(&stream) == Z_OK else { return false }
                memberEnded = false
                memberStarts.append((produced, startOffset + fileBytesRead - Int(stream.avail_in)))
            }
            let before = buffer.count
            buffer += [UInt8](repeating: 0, count: 1 << 16)
            let (status, made) = buffer.withUnsafeMutableBytes { target -> (Int32, Int) in
                stream.next_out = target.baseAddress!.assumingMemoryBound(to: UInt8.self) + before
                stream.avail_out = UInt32(1 << 16)
                let status = inflate(&stream, Z_NO_FLUSH)
                return (status, (1 << 16) - Int(stream.avail_out))
            }
            buffer.removeLast((1 << 16) - made)
            produced += made
            switch status {
            case Z_STREAM_END: memberEnded = true
            case Z_OK, Z_BUF_ERROR: break
            default:
                damage = "damaged gzip data at byte \(startOffset + fileBytesRead - Int(stream.avail_in))"
                fileEnded = true
                return made > 0
            }
            if made > 0 { return true }
        }
    }

    /// The bytes up to and including the first `delimiter`, consumed; nil when the stream ends before
    /// it, or `limit` bytes pass without it (then nothing is consumed beyond what was there).
    func take(through delimiter: [UInt8], limit: Int) -> [UInt8]? {
        var searched = 0
        while true {
            let window = buffer[(bufferStart + searched)...]
            if let found = Self.firstRange(of: delimiter, in: window) {
                let end = found + delimiter.count
                let bytes = Array(buffer[bufferStart..<end])
                consume(end - bufferStart)
                return bytes
            }
            searched = max(0, available - delimiter.count + 1)
            if available > limit { return nil }
            guard fill() else { return nil }
        }
    }

    /// Up to `count` bytes, consumed; fewer only at the end of the stream.
    func take(count: Int) -> [UInt8] {
        while available < count, fill() {}
        let taken = min(count, available)
        let bytes = Array(buffer[bufferStart..<bufferStart + taken])
        consume(taken)
        return bytes
    }

    /// Passes over `count` bytes; returns how many there were.
    @discardableResult
    func skip(_ count: Int) -> Int {
        var left = count
        while left > 0 {
            if available == 0, !fill() { break }
            let taken = min(left, available)
            consume(taken)
            left -= taken
        }
        return count - left
    }

    /// The next byte, not consumed; nil at the end.
    func peek() -> UInt8? {
        if available == 0, !fill() { return nil }
        return buffer[bufferStart]
    }

    private func consume(_ count: Int) {
        bufferStart += count
        position += count
        if bufferStart == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            bufferStart = 0
        }
    }

    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            guard let found = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[found..<found + needle.count].elementsEqual(needle) { return found }
            index = found + 1
        }
        return nil
    }
}

/// Why a WARC file or record cannot be read, in a few words.
struct WARCError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
