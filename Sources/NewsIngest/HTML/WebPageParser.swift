/// Reads a saved web page into a `ParsedArticle`, as `ArticleParser` reads text: the article's main
/// text (see `MainTextExtractor`) with its `<h2>`/`<h3>` headings as section headlines, the page's
/// metadata (see `PageMetadata`), and what was left out around the article, and why.
///
/// ```swift
/// let decoded = try WebPageParser.decode(bytes)
/// let article = try WebPageParser().parse(decoded.text, fileName: "budget.html")
/// ```
public struct WebPageParser: Sendable {
    public init() {}

    /// File name endings read as web pages (before any `.gz`).
    public static let fileExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    /// Whether a file is a web page: its name ends in one of `fileExtensions`, or, when `bytes` are
    /// given, they open (after white space, a byte order mark or comments) with `<!doctype html` or `<html`.
    public static func isWebPage(fileName: String?, bytes: [UInt8]? = nil) -> Bool {
        if let fileName, let dot = fileName.lastIndex(of: "."),
            fileExtensions.contains(fileName[fileName.index(after: dot)...].lowercased())
        {
            return true
        }
        guard let bytes else { return false }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 15)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// The text of a page's bytes, read as text files are (see `HTMLCharset`), and a note when the page
    /// declares a charset the archive does not read.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> (decoded: DecodedText, note: String?) {
        let decoded = try ArticleTextDecoder.decode(bytes)
        guard let label = HTMLCharset.declaredLabel(in: bytes), HTMLCharset.encoding(labelled: label) == nil,
            label != "utf-16", label != "utf-16le", label != "utf-16be"
        else { return (decoded, nil) }
        return (decoded, "declares charset \(label), which is not read; read as \(decoded.encoding.label)")
    }

    /// Parses the page `html`; `fileName` helps derive a title when the page has none.
    ///
    /// - Throws: `ArticleParseError.noArticleText` when no article text is found.
    public func parse(_ html: String, fileName: String? = nil) throws(ArticleParseError) -> ParsedArticle {
        let page = HTMLDocument(parsing: html)
        let metadata = PageMetadata(page: page)
        let extracted = MainTextExtractor(page: page, title: metadata.title, evidence: metadata.articleBody)
        var blocks = extracted.blocks.enumerated().map { index, block in
            (Block(lines: index..<index + 1, text: block.text.nfcUTF8), block.isHeadline)
        }
        var removed = extracted.removed.map { removal in
            RemovedBlock(
                reason: .pageFurniture, text: removal.text,
                detail: removal.kind.rawValue)
        }
        let repeats = RepeatDetector.repeats(in: blocks.map(\.0))
        for run in repeats.reversed() {
            removed.append(
                RemovedBlock(
                    reason: .repeatedBlock, text: blocks[run.copy].map(\.0.string).joined(separator: "\n"),
                    detail: "repeats \(run.original.count == 1 ? "a block" : "\(run.original.count) blocks") verbatim"))
            blocks.removeSubrange(run.copy)
        }
        guard blocks.contains(where: { !$0.1 }) else { throw .noArticleText }

        var builder = BodyBuilder()
        for (block, isHeadline) in blocks {
            if isHeadline {
                builder.appendHeadline(block)
            } else {
                _ = builder.appendParagraph(block)
            }
        }
        let body = builder.body
        let title: String
        let titleOrigin: TitleOrigin
        if let pageTitle = metadata.title {
            (title, titleOrigin) = (pageTitle, .metadata)
        } else {
            let firstSentence = builder.sections.lazy.flatMap(\.paragraphs).first?.sentences.first?.text ?? ""
            (title, titleOrigin) = (TitleDeriver.title(fileName: fileName, body: body, firstSentence: firstSentence), .derived)
        }
        return ParsedArticle(
            metadata: ArticleMetadata(
                title: metadata.title, source: metadata.siteName, url: metadata.url, published: metadata.published,
                author: metadata.byline, language: metadata.language),
            title: title,
            titleOrigin: titleOrigin,
            body: body,
            sections: builder.sections,
            removed: removed,
            relatedLinks: extracted.removed.flatMap(\.links))
    }
}
