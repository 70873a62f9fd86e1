/// Reads the text of a saved news article into a `ParsedArticle`: metadata, title, sections of
/// headlines and paragraphs, sentences, and what cleaning removed.
///
/// The text is normalised to Unicode NFC and cut into lines at LF, CRLF or a lone CR. Then:
/// 1. **Metadata**: `Key: value` lines or `---` front matter at the top (see `MetadataHeader`).
/// 2. **Blocks**: blank lines separate blocks; hard-wrapped lines are joined back into one
///    paragraph, and otherwise each line is a block (see `BlockBuilder`).
/// 3. **Title**: a metadata title (a first line repeating it is dropped); else the first line
///    when it is title-shaped — one line of at most 150 characters, not ending in a full stop — and
///    more text follows; else one derived from the file name or the lede (see `TitleDeriver`).
/// 4. **Trailer**: page furniture after the article ("You may also like", "Related", share and
///    newsletter prompts …) is set aside, and the headlines it lists go to `relatedLinks` (see
///    `TrailerDetector`).
/// 5. **Repeats**: runs of blocks repeating earlier ones verbatim are dropped, keeping the first
///    occurrence (see `RepeatDetector`).
/// 6. **Sections**: a headline-shaped block (see `Block.isHeadlineShaped`: short, one line, no
///    sentence-final punctuation) that opens the article or follows a block ending a sentence, and
///    is followed by a paragraph of sentences, opens a section; the paragraphs before the first
///    headline form the lede, a section without headline. So a short line in a list of short
///    lines, or after a line ending in a colon, stays a paragraph.
/// 7. **Sentences**: each paragraph is cut into sentences (see `SentenceSplitter`).
///
/// Parsing is linear in the size of the text.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses `text`; `fileName` (a name or a path) helps derive a title when the text has none.
    ///
    /// - Throws: `ArticleParseError.noArticleText` when no article text remains.
    public func parse(_ text: String, fileName: String? = nil) throws(ArticleParseError) -> ParsedArticle {
        let source = SourceLines(text)
        let header = MetadataHeader.read(source)
        var blocks = BlockBuilder.blocks(source, lines: header.lines.upperBound..<source.count)

        var title = header.metadata.title
        var titleOrigin = TitleOrigin.metadata
        if let first = blocks.first, blocks.count > 1 {
            if let metadataTitle = title {
                if first.string == metadataTitle { blocks.removeFirst() }
            } else if first.isTitleShaped {
                title = first.string
                titleOrigin = .firstLine
                blocks.removeFirst()
            }
        }

        var trailer: ArraySlice<Block> = []
        if let start = TrailerDetector.trailerStart(in: blocks) {
            trailer = blocks[start...]
            blocks.removeSubrange(start...)
        }

        let repeats = RepeatDetector.repeats(in: blocks)
        var isCopy = [Bool](repeating: false, count: blocks.count)
        for copyIndex in repeats.flatMap(\.copy) { isCopy[copyIndex] = true }
        let kept = blocks.indices.filter { !isCopy[$0] }
        guard !kept.isEmpty else { throw .noArticleText }

        var builder = BodyBuilder()
        var paragraphPositions = [Int?](repeating: nil, count: blocks.count)
        var isHeadline = [Bool](repeating: false, count: blocks.count)
        for (keptIndex, blockIndex) in kept.enumerated() {
            let block = blocks[blockIndex]
            let previousIsParagraph = keptIndex == 0 || blocks[kept[keptIndex - 1]].ending.endsSentence
            let nextIsParagraph = keptIndex + 1 < kept.count && blocks[kept[keptIndex + 1]].isSentenceParagraph
            if block.isHeadlineShaped && previousIsParagraph && nextIsParagraph {
                builder.appendHeadline(block)
                isHeadline[blockIndex] = true
            } else {
                paragraphPositions[blockIndex] = builder.appendParagraph(block)
            }
        }
        let body = builder.body
        if title == nil {
            titleOrigin = .derived
            let firstSentence = builder.sections[0].paragraphs.first?.sentences.first?.text ?? ""
            title = TitleDeriver.title(fileName: fileName, body: body, firstSentence: firstSentence)
        }

        var removed: [RemovedBlock] = []
        if !header.lines.isEmpty {
            let text = header.lines.map(source.rawText).joined(separator: "\n")
            let lineCount = header.lines.count { !source.isBlank($0) }
            removed.append(RemovedBlock(reason: .metadata, text: text, detail: "\(header.detail) (\(lineCount) lines)"))
        }
        for run in repeats {
            let positions = run.original.compactMap { paragraphPositions[$0] }
            let detail = Self.repeatDetail(paragraphs: positions, headlineCount: run.original.count { isHeadline[$0] })
            removed.append(RemovedBlock(reason: .repeatedBlock, text: Self.text(of: blocks[run.copy], in: source), detail: detail))
        }
        if let label = trailer.first {
            let detail = "page trailer after the article, from \"\(label.string)\" (\(trailer.count) lines)"
            removed.append(RemovedBlock(reason: .trailer, text: Self.text(of: trailer, in: source), detail: detail))
        }

        return ParsedArticle(
            metadata: header.metadata, title: title ?? "", titleOrigin: titleOrigin, body: body,
            sections: builder.sections, removed: removed, relatedLinks: TrailerDetector.links(in: trailer)
        )
    }

    /// The source lines of `blocks`, joined by "\n".
    private static func text(of blocks: ArraySlice<Block>, in source: SourceLines) -> String {
        blocks.flatMap { $0.lines.map(source.text) }.joined(separator: "\n")
    }

    /// Says what a repeated run copies, e.g. "repeats paragraphs 2–8 and 4 headlines verbatim"
    /// (paragraph numbers 1-based, as a reader counts).
    private static func repeatDetail(paragraphs positions: [Int], headlineCount: Int) -> String {
        var parts: [String] = []
        if let first = positions.first, let last = positions.last {
            parts.append(first == last ? "paragraph \(first + 1)" : "paragraphs \(first + 1)–\(last + 1)")
        }
        if headlineCount > 0 { parts.append(headlineCount == 1 ? "1 headline" : "\(headlineCount) headlines") }
        return "repeats \(parts.joined(separator: " and ")) verbatim"
    }
}
