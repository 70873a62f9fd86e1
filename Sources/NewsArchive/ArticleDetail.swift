/// One stored article as `show` presents it.
public struct ArticleDetail: Sendable, Equatable, Encodable {
    public struct SectionDetail: Sendable, Equatable, Encodable {
        public var position: Int
        /// nil (JSON null) for the lede.
        public var headline: String?
        public var paragraphs: [String]

        enum CodingKeys: String, CodingKey { case position, headline, paragraphs }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(position, forKey: .position)
            try container.encode(headline, forKey: .headline)
            try container.encode(paragraphs, forKey: .paragraphs)
        }
    }

    public struct RemovedDetail: Sendable, Equatable, Encodable {
        public var reason: String
        public var detail: String
        public var text: String
    }

    public var id: Int
    public var title: String
    public var source: String?
    public var url: String?
    public var published: String?
    public var byline: String?
    public var ingestedAt: String
    public var encoding: String
    public var paths: [String]
    public var sections: [SectionDetail]
    public var removed: [RemovedDetail]
    public var relatedLinks: [String]
    public var actors: [ArticleActor]

    enum CodingKeys: String, CodingKey {
        case id, title, source, url, published, byline, encoding, paths, sections, removed, actors
        case ingestedAt = "ingested_at"
        case relatedLinks = "related_links"
    }

    /// Encodes absent optionals as `null`, so every key is always present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(published, forKey: .published)
        try container.encode(byline, forKey: .byline)
        try container.encode(ingestedAt, forKey: .ingestedAt)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(paths, forKey: .paths)
        try container.encode(sections, forKey: .sections)
        try container.encode(removed, forKey: .removed)
        try container.encode(relatedLinks, forKey: .relatedLinks)
        try container.encode(actors, forKey: .actors)
    }
}

/// Counts that describe an archive, for `stats`.
public struct ArchiveStatistics: Sendable, Equatable, Encodable {
    public var articles: Int
    public var sections: Int
    public var paragraphs: Int
    public var sentences: Int
    public var files: Int
    public var sources: [String: Int]
    public var earliestPublished: String?
    public var latestPublished: String?
    public var textCharacters: Int
    public var schemaVersion: String?

    enum CodingKeys: String, CodingKey {
        case articles, sections, paragraphs, sentences, files, sources
        case earliestPublished = "earliest_published"
        case latestPublished = "latest_published"
        case textCharacters = "text_characters"
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
