/// What the user asked for besides the query: filters and paging.
public struct SearchOptions: Sendable, Equatable {
    /// Pass the query to FTS5 as written (power users); a malformed one is `invalidSearchQuery`.
    public var raw: Bool
    /// Only articles from this source (case-insensitive).
    public var source: String?
    /// Only articles published on or after / before or on these ISO dates (YYYY-MM-DD).
    public var since: String?
    public var until: String?
    /// Only passages mentioning this actor, by any alias.
    public var actor: String?
    /// At most this many hits (nil: all).
    public var limit: Int?
    public var offset: Int

    public init(
        raw: Bool = false, source: String? = nil, since: String? = nil, until: String? = nil, actor: String? = nil,
        limit: Int? = 20, offset: Int = 0
    ) {
        self.raw = raw
        self.source = source
        self.since = since
        self.until = until
        self.actor = actor
        self.limit = limit
        self.offset = offset
    }
}

/// The answer to a search: how it was read, the actors that answer a question, and the passages.
public struct SearchResults: Sendable, Equatable {
    public var query: String
    /// The FTS5 expression that ran (nil when nothing searchable was left).
    public var fts: String?
    /// How the query was read, in one line.
    public var explanation: String
    /// "person", "place" or "organization" for a question, else nil.
    public var answerType: String?
    public var answers: [SearchAnswer]
    public var hits: [SearchHit]
    /// Whether fewer passages held every term than asked for, so passages holding some were added.
    public var isRelaxed: Bool
}

/// One passage: a sentence, where it stands, and who it mentions.
public struct SearchHit: Sendable, Equatable {
    public var articleID: Int
    public var title: String
    public var source: String?
    public var url: String?
    public var published: String?
    public var headline: String?
    public var sectionPosition: Int
    public var sentenceID: Int
    public var sentence: String
    /// The sentence with each matched term between `**` marks.
    public var snippet: String
    /// Unicode scalar ranges of the matched terms in `sentence`.
    public var matchedRanges: [Range<Int>]
    /// Higher is better.
    public var score: Double
    /// Names of the actors the sentence mentions, in order of first mention.
    public var actors: [String]
}

/// An actor that answers a question, with the sentences that show it.
public struct SearchAnswer: Sendable, Equatable {
    public struct Evidence: Sendable, Equatable {
        public var articleID: Int
        public var title: String
        public var headline: String?
        public var sentence: String
    }

    public var name: String
    public var kind: String
    public var role: String?
    public var score: Double
    public var evidence: [Evidence]
}
