/// Writes an article's body — headlines and paragraphs, each block separated by "\n\n" — and the
/// sections, paragraphs and sentences that point into it by Unicode-scalar offsets.
struct BodyBuilder {
    private(set) var sections: [Section] = []
    private var bytes: [UInt8] = []
    private var scalarCount = 0
    private var paragraphCount = 0
    private var sentenceCount = 0

    /// The body written so far.
    var body: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens a new section under `headline`.
    mutating func appendHeadline(_ headline: Block) {
        let range = append(headline)
        sections.append(
            Section(position: sections.count, headline: headline.string, headlineRange: range, paragraphs: [])
        )
    }

    /// Adds `block` as a paragraph of the current section (the lede, if no headline came yet) and
    /// returns its position in the article.
    mutating func appendParagraph(_ block: Block) -> Int {
        let range = append(block)
        var sentences: [Sentence] = []
        var byteOffset = 0
        var scalarOffset = range.start
        func advance(to target: Int) -> Int {
            scalarOffset += ByteScan.scalarCount(block.text, byteOffset..<target)
            byteOffset = target
            return scalarOffset
        }
        for sentenceBytes in SentenceSplitter.sentenceRanges(in: block.text) {
            let start = advance(to: sentenceBytes.lowerBound)
            let end = advance(to: sentenceBytes.upperBound)
            let text = String(decoding: block.text[sentenceBytes], as: UTF8.self)
            sentences.append(Sentence(position: sentenceCount, text: text, range: TextRange(start: start, end: end)))
            sentenceCount += 1
        }
        if sections.isEmpty {
            sections.append(Section(position: 0, headline: nil, headlineRange: nil, paragraphs: []))
        }
        let position = paragraphCount
        paragraphCount += 1
        sections[sections.count - 1].paragraphs.append(
            Paragraph(position: position, text: block.string, range: range, sentences: sentences)
        )
        return position
    }

    private mutating func append(_ block: Block) -> TextRange {
        if !bytes.isEmpty {
            bytes.append(contentsOf: [0x0A, 0x0A])
            scalarCount += 2
        }
        let start = scalarCount
        bytes.append(contentsOf: block.text)
        scalarCount += block.scalarCount
        return TextRange(start: start, end: scalarCount)
    }
}
