import NewsIngest

/// What the user asked for besides the query: filters and paging.
public struct SearchOptions: Sendable, Equatable {
    /// Pass the query to FTS5 as written (power users); a malformed one is `invalidSearchQuery`.
    public var raw: Bool
    /// Read the words without synonyms and irregular forms (`SearchQuery`'s `exact`).
    public var exact: Bool
    /// Only articles from this source (case-insensitive).
    public var source: String?
    /// Only articles published on or after the first day of `since`, and on or before the last day of
    /// `until` (all of March for `2005-03`): an article whose date is less precise than that is kept only
    /// when all of it is in the range, and an undated one never.
    public var since: PublishedDate?
    public var until: PublishedDate?
    /// Only passages mentioning this actor, by any alias.
    public var actor: String?
    /// Only articles with every one of these tags (case-insensitive).
    public var tags: [String]
    /// At most this many hits (nil: all).
    public var limit: Int?
    public var offset: Int

    public init(
        raw: Bool = false, exact: Bool = false, source: String? = nil, since: PublishedDate? = nil,
        until: PublishedDate? = nil,
        actor: String? = nil, tags: [String] = [], limit: Int? = 20, offset: Int = 0
    ) {
        self.tags = tags
        self.raw = raw
        self.exact = exact
        self.source = source
        self.since = since
        self.until = until
        self.actor = actor
        self.limit = limit
        self.offset = offset
    }
}

/// The answer to a search: how it was read, the actors that answer a question, and the passages.
public struct SearchResults: Sendable, Equatable, Encodable {
    public var query: String
    /// The FTS5 expression that ran (nil when nothing searchable was left).
    @NullEncoded public var fts: String?
    /// How the query was read, in one line.
    public var explanation: String
    /// "person", "place" or "organization" for a question, else nil.
    @NullEncoded public var answerType: String?
    public var answers: [SearchAnswer]
    /// Why a question got no answer (one line); nil when it has answers or is not a question.
    @NullEncoded public var noAnswerReason: String?
    public var hits: [SearchHit]
    /// Whether few passages held every term, so passages holding some were added.
    public var isRelaxed: Bool
    /// How many passages the search found in all (`hits` is the page of them asked for), and in how
    /// many articles; an estimate, scaled up from the candidates read, when `totalIsEstimate`.
    public var total = 0
    /// Words and actor names the archive does not hold, with the nearest it does ("did you mean").
    public var unknownTerms: [UnknownTerm] = []
    public var totalArticles = 0
    public var totalIsEstimate = false
    /// With a date filter, how many articles without a date hold the query's terms and pass the other
    /// filters: left out because their date is not known. Nil without a date filter.
    @NullEncoded public var undatedArticlesLeftOut: Int?

    enum CodingKeys: String, CodingKey {
        case query, fts, explanation, answers, hits
        case answerType = "answer_type"
        case isRelaxed = "relaxed"
        case noAnswerReason = "no_answer_reason"
        case undatedArticlesLeftOut = "undated_articles_left_out"
        case total
        case unknownTerms = "unknown_terms"
        case totalArticles = "total_articles"
        case totalIsEstimate = "total_is_estimate"
    }
}

/// One passage: a sentence, where it stands, and who it mentions.
public struct SearchHit: Sendable, Equatable, Encodable {
    public var articleID: Int
    public var title: String
    @NullEncoded public var source: String?
    @NullEncoded public var url: String?
    @NullEncoded public var published: String?
    @NullEncoded public var headline: String?
    public var sectionPosition: Int
    public var sentenceID: Int
    public var sentence: String
    /// The sentence with each matched term between `**` marks.
    public var snippet: String
    /// Unicode scalar ranges of the matched terms in `sentence`.
    public var matchedRanges: [Range<Int>]
    /// Higher is better; rounded to 4 decimals.
    public var score: Double
    /// Names of the actors the sentence mentions, in order of first mention.
    public var actors: [String]
    /// The article's tags, in name order.
    public var tags: [String] = []
    /// Near-duplicates of the article (copies of its story) that matched too, best first: their
    /// passages are left out.
    public var alsoIn: [Int] = []

    enum CodingKeys: String, CodingKey {
        case title, source, url, published, headline, sentence, snippet, score, actors, tags
        case articleID = "article_id"
        case alsoIn = "also_in"
        case sectionPosition = "section_position"
    }
}

/// An actor that answers a question, with the sentences that show it.
public struct SearchAnswer: Sendable, Equatable, Encodable {
    public struct Evidence: Sendable, Equatable, Encodable {
        public var articleID: Int
        public var title: String
        @NullEncoded public var headline: String?
        public var sentence: String

        enum CodingKeys: String, CodingKey {
            case title, headline, sentence
            case articleID = "article_id"
        }
    }

    public var name: String
    public var kind: String
    /// As the first evidence sentence writes it ("French President"), else the actor's role.
    @NullEncoded public var role: String?
    /// Its best evidence passage's score plus a quarter of the next few (see `AnswerExtractor`), rounded
    /// to 4 decimals.
    public var score: Double
    public var evidence: [Evidence]
}
