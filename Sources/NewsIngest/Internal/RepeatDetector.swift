/// Finds runs of blocks that repeat earlier blocks verbatim, as scraping sometimes copies a page's
/// text twice. Each block is hashed once and compared at most once, so detection is linear in the
/// text's size.
///
/// A run counts only when it holds a paragraph of sentences with eight words or more: short lines
/// such as "Winners meet in final match" may legitimately recur in fixtures or lists.
enum RepeatDetector {
    /// A run of blocks, `copy`, that repeats the blocks `original` verbatim.
    struct Repeat {
        let copy: Range<Int>
        let original: Range<Int>
    }

    /// The repeated runs of `blocks`, in order; each copy is as long as it can be.
    static func repeats(in blocks: [Block]) -> [Repeat] {
        var firstIndexByText = [BlockText: Int](minimumCapacity: blocks.count)
        var repeats: [Repeat] = []
        var index = 0
        while index < blocks.count {
            let key = BlockText(bytes: blocks[index].text)
            guard let original = firstIndexByText[key] else {
                firstIndexByText[key] = index
                index += 1
                continue
            }
            var length = 1
            while index + length < blocks.count, original + length < index,
                blocks[index + length].text == blocks[original + length].text
            {
                length += 1
            }
            let copy = index..<index + length
            if copy.contains(where: { blocks[$0].isSentenceParagraph && blocks[$0].hasWords(atLeast: 8) }) {
                repeats.append(Repeat(copy: copy, original: original..<original + length))
            }
            index += length
        }
        return repeats
    }

    /// A block's text as a dictionary key. Hashing looks at the length and the first and last 32
    /// bytes only, so that it costs the same for any block; equality compares the whole text.
    private struct BlockText: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { buffer in
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: buffer.prefix(32)))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: buffer.suffix(32)))
            }
        }
    }
}
