/// Cuts text at offsets counted in code points, as the archive stores them (`sentences.start_offset`,
/// `mentions.start_offset`) and as SQLite's `substr()` counts characters.
enum CodePointText {
    /// The parts of `text` at `ranges` (code points from the start of `text`, in any order), in the order
    /// of `ranges`, found in one pass over the text. A range reaching past either end of the text is cut
    /// to it, as `substr()` does.
    ///
    /// For example:
    /// ```swift
    /// CodePointText.slices(of: "Zoë said no. Then yes.", at: [0..<12, 13..<22])  // ["Zoë said no.", "Then yes."]
    /// ```
    static func slices(of text: String, at ranges: [Range<Int>]) -> [String] {
        guard !ranges.isEmpty else { return [] }
        let bounds = Array(Set(ranges.flatMap { [$0.lowerBound, $0.upperBound] })).sorted()
        var text = text
        return text.withUTF8 { bytes in
            // The byte offset of each bound (the end of the text for those past it). A code point starts
            // at every byte that is not a continuation byte (10xxxxxx), the bytes SQLite counts too;
            // eight ASCII bytes before the next bound are passed over at once.
            var byteOffsets = [Int](repeating: bytes.count, count: bounds.count)
            var next = 0
            var codePoint = 0
            var offset = 0
            while next < bounds.count, offset < bytes.count {
                if bounds[next] >= codePoint + 8, offset + 8 <= bytes.count,
                    let base = bytes.baseAddress,
                    UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    codePoint += 8
                    offset += 8
                    continue
                }
                if bytes[offset] & 0xC0 != 0x80 {
                    while next < bounds.count, bounds[next] <= codePoint {
                        byteOffsets[next] = offset
                        next += 1
                    }
                    codePoint += 1
                }
                offset += 1
            }
            func byteOffset(_ bound: Int) -> Int { byteOffsets[bounds.firstIndex(of: bound) ?? 0] }
            return ranges.map { range in
                let start = byteOffset(range.lowerBound)
                let end = max(start, byteOffset(range.upperBound))
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        }
    }
}
