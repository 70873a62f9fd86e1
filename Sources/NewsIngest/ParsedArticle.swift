/// An article as the parser understood it: metadata, title, the cleaned body cut into sections,
/// paragraphs and sentences, and an audit trail of what cleaning removed.
///
/// Offsets are counted in Unicode scalars (code points) into `body`, the cleaned text, so that
/// SQLite's `substr(body, start + 1, length)` returns the same text.
public struct ParsedArticle: Sendable, Equatable {
    /// Metadata found in the file (header lines or front matter); every field optional.
    public var metadata: ArticleMetadata
    /// The title: from metadata, else the file's title line, else derived (see `titleOrigin`).
    public var title: String
    public var titleOrigin: TitleOrigin
    /// The cleaned article text: each section's headline (if any) and paragraphs, one block per
    /// line group, blocks separated by a blank line ("\n\n"). NFC-normalised.
    public var body: String
    public var sections: [Section]
    /// What cleaning took out, and why, so a user can audit it.
    public var removed: [RemovedBlock]
    /// Headlines of unrelated articles found in a "You may also like"-style trailer.
    public var relatedLinks: [String]

    public init(
        metadata: ArticleMetadata, title: String, titleOrigin: TitleOrigin, body: String,
        sections: [Section], removed: [RemovedBlock], relatedLinks: [String]
    ) {
        self.metadata = metadata
        self.title = title
        self.titleOrigin = titleOrigin
        self.body = body
        self.sections = sections
        self.removed = removed
        self.relatedLinks = relatedLinks
    }

    /// Every paragraph of every section, in reading order.
    public var paragraphs: [Paragraph] { sections.flatMap(\.paragraphs) }
    /// Every sentence of every section, in reading order.
    public var sentences: [Sentence] { sections.flatMap { $0.paragraphs.flatMap(\.sentences) } }
}

/// Metadata a saved file may carry at its top (`Title:` lines or YAML-style front matter), or a web
/// page in its markup.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    public var source: String?
    public var url: String?
    /// As written in the file; the store normalises dates it can read to ISO 8601.
    public var published: String?
    public var author: String?
    /// The language a web page declares (`en`, `en-GB`); nil for text files.
    public var language: String?

    public init(
        title: String? = nil, source: String? = nil, url: String? = nil, published: String? = nil,
        author: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.author = author
        self.language = language
    }
}

/// Where an article's title came from.
public enum TitleOrigin: String, Sendable, Equatable {
    /// A `Title:` line or front-matter field.
    case metadata
    /// The file's first line, set apart from the body (as in the BBC files).
    case firstLine
    /// Made up by the parser because the file had none (see `ArticleParser`).
    case derived
}

/// A run of the article under one headline; the first section may have none (the lede).
public struct Section: Sendable, Equatable {
    /// 0-based position in the article.
    public var position: Int
    /// nil for the lede.
    public var headline: String?
    /// Offsets of the headline in `ParsedArticle.body`, when there is one.
    public var headlineRange: TextRange?
    public var paragraphs: [Paragraph]

    /// The paragraphs separated by blank lines, as they stand in `ParsedArticle.body` from the first
    /// paragraph's offset on.
    public var body: String { paragraphs.map(\.text).joined(separator: "\n\n") }

    public init(position: Int, headline: String?, headlineRange: TextRange?, paragraphs: [Paragraph]) {
        self.position = position
        self.headline = headline
        self.headlineRange = headlineRange
        self.paragraphs = paragraphs
    }
}

public struct Paragraph: Sendable, Equatable {
    /// 0-based position in the article (not in the section).
    public var position: Int
    public var text: String
    public var range: TextRange
    public var sentences: [Sentence]

    public init(position: Int, text: String, range: TextRange, sentences: [Sentence]) {
        self.position = position
        self.text = text
        self.range = range
        self.sentences = sentences
    }
}

public struct Sentence: Sendable, Equatable {
    /// 0-based position in the article.
    public var position: Int
    public var text: String
    public var range: TextRange

    public init(position: Int, text: String, range: TextRange) {
        self.position = position
        self.text = text
        self.range = range
    }
}

/// A half-open range of Unicode scalar offsets into `ParsedArticle.body`.
public struct TextRange: Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public var length: Int { end - start }

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A piece of the saved file that cleaning left out of the article.
public struct RemovedBlock: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        /// Text that repeats earlier text verbatim (a scraping artefact).
        case repeatedBlock = "repeated_block"
        /// A "You may also like", "Related", "Most read", share or newsletter block after the article.
        case trailer
        /// Metadata header lines or front matter (their values are kept in `metadata`).
        case metadata
        /// A web page's text around its article: navigation, cookie banners, share bars, related links,
        /// comments (the detail names which).
        case pageFurniture = "page_furniture"
    }

    public var reason: Reason
    /// The removed text, as it stood (lines joined with "\n").
    public var text: String
    /// A short human explanation, e.g. "paragraphs 2–8 repeat paragraphs 2–8 verbatim".
    public var detail: String

    public init(reason: Reason, text: String, detail: String) {
        self.reason = reason
        self.text = text
        self.detail = detail
    }
}
