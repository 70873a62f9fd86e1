/// Groups source lines into blocks. Blank lines always separate blocks. Otherwise each line is a
/// block of its own, unless the text is hard-wrapped, in which case wrapped lines are joined back.
///
/// The text counts as hard-wrapped when at least two lines are followed by another without a
/// blank line between them, at most 10% of its lines are longer than 160 characters, and, of the
/// lines followed by another line, fewer than half end a sentence (in a file with one paragraph
/// per line, nearly all do) and at least half are followed by a line starting in lowercase, as
/// wrapped prose mostly is (a list of titles is not).
///
/// In hard-wrapped text a line is joined to the next when the next line's first word would not
/// have fitted on it within the wrap width (the 80th percentile of the lengths of lines followed
/// by another line): a greedy wrapper breaks a line only there. A headline or a paragraph's last
/// line is short enough to have taken that word, so it stays a block of its own. A list item is
/// never joined to the line before it, nor is a Markdown heading (`## Reaction`) joined to anything;
/// a heading's block holds its text without the `#` marks. A line ending in a hyphen after a letter
/// is joined without a space (`command-` + `and-control`).
enum BlockBuilder {
    /// The blocks of `source`'s `lines`.
    static func blocks(_ source: SourceLines, lines: Range<Int>) -> [Block] {
        let wrapWidth = self.wrapWidth(source, lines: lines)
        var blocks: [Block] = []
        var blockStart: Int?
        for line in lines {
            guard !source.isBlank(line) else {
                if let start = blockStart { blocks.append(makeBlock(source, lines: start..<line)) }
                blockStart = nil
                continue
            }
            guard let start = blockStart else {
                blockStart = line
                continue
            }
            if let width = wrapWidth, continues(source, line: line - 1, onto: line, width: width) { continue }
            blocks.append(makeBlock(source, lines: start..<line))
            blockStart = line
        }
        if let start = blockStart { blocks.append(makeBlock(source, lines: start..<lines.upperBound)) }
        return blocks
    }

    /// The width the text was hard-wrapped at, or nil when it is not hard-wrapped.
    private static func wrapWidth(_ source: SourceLines, lines: Range<Int>) -> Int? {
        let isFollowed = { (line: Int) in line + 1 < lines.upperBound && !source.isBlank(line + 1) }
        // Most files have a blank line after every line (or long lines only): leave them early.
        guard lines.contains(where: { !source.isBlank($0) && isFollowed($0) }) else { return nil }
        var nonBlankCount = 0
        var longCount = 0
        var followedCount = 0
        var followedEndingSentenceCount = 0
        var continuedCount = 0
        var followedLengths: [Int] = []
        for line in lines where !source.isBlank(line) {
            nonBlankCount += 1
            let length = source.scalarCount(line)
            if length > maximumWrapWidth { longCount += 1 }
            guard isFollowed(line) else { continue }
            followedCount += 1
            if TextShape.ending(of: source.bytes, in: source.trimmedRanges[line]).endsSentence {
                followedEndingSentenceCount += 1
            }
            if !TextShape.startsLikeSentence(source.bytes, in: source.trimmedRanges[line + 1]) {
                continuedCount += 1
            }
            if length <= maximumWrapWidth { followedLengths.append(length) }
        }
        guard followedCount >= 2, !followedLengths.isEmpty, longCount * 10 <= nonBlankCount,
            followedEndingSentenceCount * 2 < followedCount, continuedCount * 2 >= followedCount
        else { return nil }
        followedLengths.sort()
        return followedLengths[followedLengths.count * 4 / 5]
    }

    /// Lines longer than this are never taken for wrapped lines.
    private static let maximumWrapWidth = 160

    /// Whether `next` continues the paragraph of `line` in text wrapped at `width`.
    private static func continues(_ source: SourceLines, line: Int, onto next: Int, width: Int) -> Bool {
        let length = source.scalarCount(line)
        let nextRange = source.trimmedRanges[next]
        guard length <= maximumWrapWidth, !TextShape.isListItem(source.bytes, in: nextRange),
            markdownHeadingText(source, line: line) == nil, markdownHeadingText(source, line: next) == nil
        else { return false }
        let firstWord = nextRange.prefix { source.bytes[$0] != UTF8Text.space }
        return length + 1 + ByteScan.scalarCount(source.bytes, firstWord) > width
    }

    private static func makeBlock(_ source: SourceLines, lines: Range<Int>) -> Block {
        if lines.count == 1, let range = markdownHeadingText(source, line: lines.lowerBound) {
            var text: [UInt8] = []
            appendCollapsingSpaces(source.bytes, range, to: &text)
            return Block(lines: lines, text: text, isMarkdownHeading: true)
        }
        var text: [UInt8] = []
        text.reserveCapacity(lines.reduce(0) { $0 + source.trimmedRanges[$1].count + 1 })
        for line in lines {
            if !text.isEmpty && !endsInWordHyphen(text) { text.append(UTF8Text.space) }
            appendCollapsingSpaces(source.bytes, source.trimmedRanges[line], to: &text)
        }
        return Block(lines: lines, text: text)
    }

    /// The range of the heading's text when `line` is a Markdown heading.
    private static func markdownHeadingText(_ source: SourceLines, line: Int) -> Range<Int>? {
        let range = source.trimmedRanges[line]
        return TextShape.markdownHeadingTextStart(source.bytes, in: range).map { $0..<range.upperBound }
    }

    /// Appends `bytes[range]` to `text` with each run of spaces and tabs made one space, copying the
    /// stretches between such runs whole.
    private static func appendCollapsingSpaces(_ bytes: [UInt8], _ range: Range<Int>, to text: inout [UInt8]) {
        guard ByteScan.containsTabOrDoubleSpace(bytes, range) else {
            text.append(contentsOf: bytes[range])
            return
        }
        var copied = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let startsRun =
                byte == 0x09
                || (byte == UTF8Text.space && index + 1 < range.upperBound && isSpaceOrTab(bytes[index + 1]))
            guard startsRun else {
                index += 1
                continue
            }
            text.append(contentsOf: bytes[copied..<index])
            text.append(UTF8Text.space)
            index += 1
            while index < range.upperBound && isSpaceOrTab(bytes[index]) { index += 1 }
            copied = index
        }
        text.append(contentsOf: bytes[copied..<range.upperBound])
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == UTF8Text.space || byte == 0x09 }

    /// Whether `text` ends in a hyphen right after a letter, as a word broken at its hyphen does.
    private static func endsInWordHyphen(_ text: [UInt8]) -> Bool {
        guard text.count >= 2, text[text.count - 1] == UInt8(ascii: "-") else { return false }
        let before = UTF8Text.scalar(in: text, at: UTF8Text.scalarStart(in: text, before: text.count - 1)).scalar
        return before.properties.isAlphabetic
    }
}
