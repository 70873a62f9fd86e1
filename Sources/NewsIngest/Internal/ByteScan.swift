/// Scans UTF-8 bytes eight at a time, using bit tricks on a `UInt64` (SWAR, "SIMD within a
/// register"), so that the parser's hot loops skip over plain text quickly and stop only at the
/// few bytes that matter. Every function gives the same answer as a byte-by-byte loop.
enum ByteScan {
    /// The index of the first line feed or carriage return in `bytes[range]`, or `range.upperBound`.
    static func firstLineBreak(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        firstIndex(
            in: bytes,
            range,
            wordMatches: { matches(0x0A, in: $0) | matches(0x0D, in: $0) },
            byteMatches: { $0 == 0x0A || $0 == 0x0D }
        )
    }

    /// The index of the first `.`, `?`, `!` or 0xE2 (the lead byte of "…") in `bytes[range]`, or
    /// `range.upperBound`.
    static func firstSentenceMark(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        firstIndex(
            in: bytes,
            range,
            wordMatches: {
                matches(0x2E, in: $0) | matches(0x3F, in: $0) | matches(0x21, in: $0) | matches(0xE2, in: $0)
            },
            byteMatches: { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 || $0 == 0xE2 }
        )
    }

    /// The index of the first byte in `bytes[range]` above 0x7F, or `range.upperBound`.
    static func firstNonASCII(in bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBytes { buffer in
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let high = load(buffer, at: index) & highBits
                if high != 0 { return index + high.trailingZeroBitCount / 8 }
                index += 8
            }
            while index < range.upperBound && buffer[index] < 0x80 { index += 1 }
            return index
        }
    }

    /// The number of C0 control bytes and DEL in `bytes[range]`, leaving out tab, line feed,
    /// vertical tab, form feed and carriage return; nil as soon as a NUL byte turns up.
    static func controlByteCount(in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        bytes.withUnsafeBytes { buffer in
            var count = 0
            var index = range.lowerBound
            while index < range.upperBound {
                let wordEnd = min(index + 8, range.upperBound)
                if wordEnd - index == 8 {
                    let word = load(buffer, at: index)
                    // Any byte below 0x20 or equal to 0x7F? (Exact as a yes-or-no answer.)
                    let hasLowByte = (word &- ones &* 0x20) & ~word & highBits != 0
                    if !hasLowByte && matches(0x7F, in: word) == 0 {
                        index = wordEnd
                        continue
                    }
                }
                for byte in buffer[index..<wordEnd] {
                    switch byte {
                    case 0x00: return nil
                    case 0x01...0x08, 0x0E...0x1F, 0x7F: count += 1
                    default: break
                    }
                }
                index = wordEnd
            }
            return count
        }
    }

    /// Whether `bytes[range]` holds a tab or two spaces in a row.
    static func containsTabOrDoubleSpace(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var index = range.lowerBound
            // Words overlap by one byte, so every pair of neighbouring bytes lies within one word.
            while index + 8 <= range.upperBound {
                let word = load(buffer, at: index)
                let spaces = matches(0x20, in: word)
                if matches(0x09, in: word) != 0 || spaces & (spaces >> 8) != 0 { return true }
                index += 7
            }
            var previous: UInt8 = 0
            for byte in buffer[index..<range.upperBound] {
                if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return true }
                previous = byte
            }
            return false
        }
    }

    /// The number of Unicode scalars in `bytes[range]`: the bytes that are not continuation bytes
    /// (`10xxxxxx`).
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        bytes.withUnsafeBytes { buffer in
            var continuationCount = 0
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let word = load(buffer, at: index)
                if word & highBits != 0 { continuationCount += (word & ~(word << 1) & highBits).nonzeroBitCount }
                index += 8
            }
            for byte in buffer[index..<range.upperBound] where byte & 0xC0 == 0x80 { continuationCount += 1 }
            return range.count - continuationCount
        }
    }

    /// The index of the first byte in `bytes[range]` that `byteMatches`, or `range.upperBound`;
    /// `wordMatches` gives the high bit of every byte in a word that `byteMatches`.
    @inline(__always)
    private static func firstIndex(
        in bytes: [UInt8],
        _ range: Range<Int>,
        wordMatches: (UInt64) -> UInt64,
        byteMatches: (UInt8) -> Bool
    ) -> Int {
        bytes.withUnsafeBytes { buffer in
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let found = wordMatches(load(buffer, at: index))
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
            while index < range.upperBound && !byteMatches(buffer[index]) { index += 1 }
            return index
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Eight bytes from `index`, the first in the lowest bits.
    @inline(__always)
    private static func load(_ buffer: UnsafeRawBufferPointer, at index: Int) -> UInt64 {
        UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// The high bit of every byte of `word` that equals `byte`, and no other bit.
    @inline(__always)
    private static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        // A byte's high bit survives only when the byte is zero: adding 0x7F to its low seven
        // bits sets the high bit unless they are all zero, and no carry crosses into the next byte.
        return ~(((difference & ~highBits) &+ ~highBits) | difference | ~highBits)
    }
}
