/// One stored article as `show` presents it.
public struct ArticleDetail: Sendable, Equatable, Encodable {
    public struct SectionDetail: Sendable, Equatable, Encodable {
        public var position: Int
        /// nil (JSON null) for the lede.
        @NullEncoded public var headline: String?
        public var paragraphs: [String]
    }

    public struct RemovedDetail: Sendable, Equatable, Encodable {
        public var reason: String
        public var detail: String
        public var text: String
    }

    public var id: Int
    public var title: String
    /// Where the title came from: metadata, first_line, derived or override.
    public var titleOrigin: String
    @NullEncoded public var source: String?
    @NullEncoded public var url: String?
    /// ISO 8601 at its precision (`2005`, `2005-03`, `2005-03-11`, `2005-03-11T10:03:00Z`); nil when undated.
    @NullEncoded public var published: String?
    /// The date as the file or `--published` wrote it; nil when none was given.
    @NullEncoded public var publishedAsWritten: String?
    @NullEncoded public var byline: String?
    public var ingestedAt: String
    public var encoding: String
    public var paths: [String]
    public var sections: [SectionDetail]
    public var removed: [RemovedDetail]
    public var relatedLinks: [String]
    public var actors: [ArticleActor]
    /// The article's tags, in name order.
    public var tags: [String]

    enum CodingKeys: String, CodingKey {
        case id, title, source, url, published, byline, encoding, paths, sections, removed, actors, tags
        case ingestedAt = "ingested_at"
        case titleOrigin = "title_origin"
        case relatedLinks = "related_links"
        case publishedAsWritten = "published_as_written"
    }

}

/// Counts that describe an archive, for `stats`.
public struct ArchiveStatistics: Sendable, Equatable, Encodable {
    /// The articles from one source (nil: none given).
    public struct SourceCount: Sendable, Equatable, Encodable {
        @NullEncoded public var source: String?
        public var articles: Int
    }

    public var articles: Int
    /// Paths read into the archive: more than `articles` when files had the same text.
    public var files: Int
    /// Articles with a publication date it could read.
    public var datedArticles: Int
    /// The earliest and latest of those dates (ISO 8601 at their precision).
    @NullEncoded public var earliestPublished: String?
    @NullEncoded public var latestPublished: String?
    /// Most articles first; articles with no source as a `nil` source.
    public var sources: [SourceCount]
    public var sections: Int
    public var paragraphs: Int
    public var sentences: Int
    public var textCharacters: Int
    public var actors: Int
    /// Actors of each kind (person, organization, place).
    public var actorsByKind: [String: Int]
    public var mentions: Int
    /// Every tag, with its number of articles: most articles first.
    public var tags: [TagCount]
    /// The number of the latest migration applied (11 for 0011_…); nil for an archive with none.
    @NullEncoded public var schemaVersion: Int?

    enum CodingKeys: String, CodingKey {
        case articles, files, sources, sections, paragraphs, sentences, actors, mentions, tags
        case datedArticles = "dated_articles"
        case earliestPublished = "earliest_published"
        case latestPublished = "latest_published"
        case textCharacters = "text_characters"
        case actorsByKind = "actors_by_kind"
        case schemaVersion = "schema_version"
    }
}

/// The result of `check`: one line per check, and whether all passed.
public struct IntegrityReport: Sendable, Equatable {
    public var lines: [(name: String, result: String)]
    public var isOK: Bool

    public static func == (lhs: IntegrityReport, rhs: IntegrityReport) -> Bool {
        lhs.isOK == rhs.isOK && lhs.lines.elementsEqual(rhs.lines) { $0.name == $1.name && $0.result == $1.result }
    }
}

/// A tag and how many articles have it.
public struct TagCount: Sendable, Equatable, Encodable {
    public var tag: String
    public var articles: Int
}
