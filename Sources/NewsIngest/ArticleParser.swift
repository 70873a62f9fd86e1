/// Reads the text of a saved news article into a `ParsedArticle`: metadata, title, sections of
/// headlines and paragraphs, sentences, and what cleaning removed.
///
/// HTML character references in the text are decoded (`&#163;1.8m` is £1.8m; see
/// `CharacterReferences`), it is normalised to Unicode NFC and cut into lines at LF, CRLF or a lone CR.
/// Then:
/// 1. **Metadata**: `Key: value` lines or `---` front matter at the top (see `MetadataHeader`).
/// 2. **Blocks**: blank lines separate blocks; hard-wrapped lines are joined back into one
///    paragraph, and otherwise each line is a block (see `BlockBuilder`).
/// 3. **Title**: a metadata title (a first line repeating it is dropped); else the first line
///    when it is title-shaped — one line of at most 150 characters, not ending in a full stop — and
///    a blank line and more text follow, as in the BBC files; else one derived from the file name
///    or the lede (see `TitleDeriver`).
/// 4. **Trailer**: page furniture after the article ("You may also like", "Related", share and
///    newsletter prompts …) is set aside, and the headlines it lists go to `relatedLinks` (see
///    `TrailerDetector`).
/// 5. **Repeats**: runs of blocks repeating earlier ones verbatim are dropped, keeping the first
///    occurrence (see `RepeatDetector`).
/// 6. **Sections**: a headline-shaped block (see `Block.isHeadlineShaped`: short, one line, no
///    sentence-final punctuation) that opens the article or follows a block ending a sentence, and
///    is followed by a paragraph of sentences, opens a section; the paragraphs before the first
///    headline form the lede, a section without headline. So a short line in a list of short
///    lines, or after a line ending in a colon, stays a paragraph. Markdown headings (`## …`) are
///    headlines (and a first-line `# …` the title) whatever their shape.
/// 7. **Sentences**: each paragraph is cut into sentences (see `SentenceSplitter`).
///
/// Parsing is linear in the size of the text.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses `text`; `fileName` (a name or a path) helps derive a title when the text has none.
    ///
    /// - Throws: `ArticleParseError.noArticleText` when no article text remains.
    public func parse(_ text: String, fileName: String? = nil) throws(ArticleParseError) -> ParsedArticle {
        let source = SourceLines(CharacterReferences.decoded(text))
        let header = MetadataHeader.read(source)
        var blocks = BlockBuilder.blocks(source, lines: header.lines.upperBound..<source.count)
        let titleLine = Self.takeTitleLine(from: &blocks, in: source, metadataTitle: header.metadata.title)
        var trailer: ArraySlice<Block> = []
        if let start = TrailerDetector.trailerStart(in: blocks) {
            trailer = blocks[start...]
            blocks.removeSubrange(start...)
        }
        let repeats = RepeatDetector.repeats(in: blocks)
        let layout = try Layout(blocks, repeats: repeats)

        let body = layout.builder.body
        let title: String
        let titleOrigin: TitleOrigin
        if let metadataTitle = header.metadata.title {
            (title, titleOrigin) = (metadataTitle, .metadata)
        } else if let titleLine {
            (title, titleOrigin) = (titleLine, .firstLine)
        } else {
            title = TitleDeriver.title(fileName: fileName, body: body, firstSentence: layout.firstSentence)
            titleOrigin = .derived
        }

        var removed: [RemovedBlock] = []
        if !header.lines.isEmpty {
            let lineCount = header.lines.count { !source.isBlank($0) }
            removed.append(
                RemovedBlock(
                    reason: .metadata,
                    text: header.lines.map(source.rawText).joined(separator: "\n"),
                    detail: "\(header.detail) (\(Self.lines(lineCount)))"
                )
            )
        }
        for run in repeats {
            removed.append(
                RemovedBlock(
                    reason: .repeatedBlock,
                    text: Self.text(of: blocks[run.copy], in: source),
                    detail: layout.detail(copying: run.original)
                )
            )
        }
        if let label = trailer.first {
            removed.append(
                RemovedBlock(
                    reason: .trailer,
                    text: Self.text(of: trailer, in: source),
                    detail: "page trailer after the article, from \"\(label.string)\" (\(Self.lines(trailer.count)))"
                )
            )
        }

        return ParsedArticle(
            metadata: header.metadata,
            title: title,
            titleOrigin: titleOrigin,
            body: body,
            sections: layout.builder.sections,
            removed: removed,
            relatedLinks: TrailerDetector.links(in: trailer)
        )
    }

    /// Removes the title line from the front of `blocks` and returns its text, if there is one: a
    /// line repeating `metadataTitle` (returned as nil, the metadata title standing), or else a
    /// title-shaped first line followed by a blank line and more text.
    private static func takeTitleLine(
        from blocks: inout [Block],
        in source: SourceLines,
        metadataTitle: String?
    ) -> String? {
        guard let first = blocks.first, blocks.count > 1 else { return nil }
        if let metadataTitle {
            if first.string == metadataTitle { blocks.removeFirst() }
            return nil
        }
        guard first.isTitleShaped, first.isMarkdownHeading || source.isBlank(first.lines.upperBound) else {
            return nil
        }
        blocks.removeFirst()
        return first.string
    }

    /// The source lines of `blocks`, joined by "\n".
    private static func text(of blocks: ArraySlice<Block>, in source: SourceLines) -> String {
        blocks.flatMap { $0.lines.map(source.text) }.joined(separator: "\n")
    }

    private static func lines(_ count: Int) -> String { count == 1 ? "1 line" : "\(count) lines" }

    /// The kept blocks laid out as headlines and paragraphs in sections.
    private struct Layout {
        var builder = BodyBuilder()
        /// Each block's paragraph position, or nil for a headline or a removed block.
        private var paragraphPositions: [Int?]
        private var isHeadline: [Bool]

        /// Lays out `blocks` but the copies in `repeats`. A block opens a section when it is
        /// headline-shaped, comes first or after a block ending a sentence, and comes before a
        /// paragraph of sentences; a Markdown heading does when anything but another heading follows.
        init(_ blocks: [Block], repeats: [RepeatDetector.Repeat]) throws(ArticleParseError) {
            var isCopy = [Bool](repeating: false, count: blocks.count)
            for index in repeats.flatMap(\.copy) { isCopy[index] = true }
            let kept = blocks.indices.filter { !isCopy[$0] }
            guard !kept.isEmpty else { throw .noArticleText }

            paragraphPositions = [Int?](repeating: nil, count: blocks.count)
            isHeadline = [Bool](repeating: false, count: blocks.count)
            for (keptIndex, blockIndex) in kept.enumerated() {
                let block = blocks[blockIndex]
                let next = keptIndex + 1 < kept.count ? blocks[kept[keptIndex + 1]] : nil
                let opensSection: Bool
                if block.isMarkdownHeading {
                    opensSection = next.map { !$0.isMarkdownHeading } ?? false
                } else {
                    let followsSentence = keptIndex == 0 || blocks[kept[keptIndex - 1]].ending.endsSentence
                    opensSection = block.isHeadlineShaped && followsSentence && next?.isSentenceParagraph == true
                }
                if opensSection {
                    builder.appendHeadline(block)
                    isHeadline[blockIndex] = true
                } else {
                    paragraphPositions[blockIndex] = builder.appendParagraph(block)
                }
            }
        }

        /// The first sentence of the first paragraph.
        var firstSentence: String { builder.sections.lazy.flatMap(\.paragraphs).first?.sentences.first?.text ?? "" }

        /// Says what a repeated run copies, e.g. "repeats paragraphs 2–8 and 4 headlines verbatim"
        /// (paragraph numbers 1-based, as a reader counts).
        func detail(copying original: Range<Int>) -> String {
            let positions = original.compactMap { paragraphPositions[$0] }
            let headlineCount = original.count { isHeadline[$0] }
            var parts: [String] = []
            if let first = positions.first, let last = positions.last {
                parts.append(first == last ? "paragraph \(first + 1)" : "paragraphs \(first + 1)–\(last + 1)")
            }
            if headlineCount > 0 { parts.append(headlineCount == 1 ? "1 headline" : "\(headlineCount) headlines") }
            return "repeats \(parts.joined(separator: " and ")) verbatim"
        }
    }
}
