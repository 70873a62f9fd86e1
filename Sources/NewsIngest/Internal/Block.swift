/// A paragraph-like piece of the article: one source line, or hard-wrapped lines joined back into
/// one. Blocks become headlines or paragraphs, or are set aside as trailer or repeated text.
struct Block {
    /// The source lines it was made from.
    let lines: Range<Int>
    /// Its text: the lines' trimmed text joined by single spaces, runs of spaces and tabs collapsed.
    let text: [UInt8]
    let scalarCount: Int
    let ending: TextShape.Ending
    /// See `TextShape.startsLikeSentence`.
    let startsLikeSentence: Bool
    let isListItem: Bool
    /// Whether it was a Markdown heading (`## Reaction`); `text` is then the heading's text alone.
    let isMarkdownHeading: Bool

    init(lines: Range<Int>, text: [UInt8], isMarkdownHeading: Bool = false) {
        self.lines = lines
        self.text = text
        self.isMarkdownHeading = isMarkdownHeading
        scalarCount = ByteScan.scalarCount(text, 0..<text.count)
        ending = TextShape.ending(of: text, in: 0..<text.count)
        startsLikeSentence = TextShape.startsLikeSentence(text, in: 0..<text.count)
        isListItem = TextShape.isListItem(text, in: 0..<text.count)
    }

    /// Whether it has `minimum` words or more, words being runs of characters between spaces (the
    /// text has no runs of spaces); stops counting there.
    func hasWords(atLeast minimum: Int) -> Bool {
        guard minimum > 1 else { return minimum <= 0 || !text.isEmpty }
        var spaceCount = 0
        for byte in text where byte == UTF8Text.space {
            spaceCount += 1
            if spaceCount == minimum - 1 { return true }
        }
        return false
    }

    /// Whether it has `minimum` letters or more; stops counting there.
    func hasLetters(atLeast minimum: Int) -> Bool {
        var count = 0
        var index = 0
        while index < text.count && count < minimum {
            let (scalar, length) = UTF8Text.scalar(in: text, at: index)
            if scalar.properties.isAlphabetic { count += 1 }
            index += length
        }
        return count >= minimum
    }

    /// Its text as a `String`.
    var string: String { String(decoding: text, as: UTF8.self) }

    var isSingleLine: Bool { lines.count == 1 }

    /// Whether it reads as a paragraph of sentences: it starts like a sentence, ends like one and
    /// has at least three words.
    var isSentenceParagraph: Bool { startsLikeSentence && ending.endsSentence && hasWords(atLeast: 3) }

    /// Whether it is shaped like a section headline: one line of at most 80 characters and ten
    /// words, starting with a letter (after any opening quote) and like a sentence, with two letters
    /// or more, with no sentence-final or continuing punctuation at its end, not a list item or a
    /// link, and not ending in a word such as "and" or "as" (a sentence broken off by a removed
    /// link, as in some BBC files). A Markdown heading always is.
    var isHeadlineShaped: Bool {
        if isMarkdownHeading { return true }
        return isSingleLine && scalarCount <= 80 && startsLikeSentence && ending == .other && !hasWords(atLeast: 11)
            && startsWithLetter && hasLetters(atLeast: 2) && !isListItem && !isLinkish && !endsWithFunctionWord
    }

    /// Whether its first line can be a title: one line of at most 150 characters with two letters
    /// or more, not ending in a full stop (an ellipsis, `?` or `!` are fine), not a list item or a
    /// link. A Markdown heading always is.
    var isTitleShaped: Bool {
        if isMarkdownHeading { return true }
        return isSingleLine && scalarCount <= 150 && hasLetters(atLeast: 2) && !isListItem && !isLinkish
            && [.other, .ellipsis, .questionOrExclamation].contains(ending)
    }

    /// Whether it holds a URL (`://`) or starts with `www.`.
    var isLinkish: Bool {
        text.starts(with: Array("www.".utf8))
            || text.indices.dropLast(2).contains { index in
                text[index] == UInt8(ascii: ":") && text[index + 1] == UInt8(ascii: "/")
                    && text[index + 2] == UInt8(ascii: "/")
            }
    }

    private var startsWithLetter: Bool {
        let start = TextShape.skippingOpeners(text, from: 0, to: text.count)
        return start < text.count && UTF8Text.scalar(in: text, at: start).scalar.properties.isAlphabetic
    }

    private var endsWithFunctionWord: Bool {
        let lastWord = text.split(separator: UTF8Text.space).last.map { String(decoding: $0, as: UTF8.self) }
        return lastWord.map(Self.functionWords.contains) ?? false
    }

    /// Lowercase words that do not end a headline.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "as", "of", "to", "in", "on", "at", "by", "for", "from",
        "with", "into", "than", "that", "which", "who", "whose", "his", "her", "its", "their", "our", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    ]
}
