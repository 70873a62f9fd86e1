/// A passage a question's answers may come from: a sentence the search ranked, its article's title,
/// and the actors the archive found in it.
public struct AnswerPassage: Sendable, Equatable {
    /// The sentence as stored.
    public var sentence: String
    /// The sentence's article, by id.
    public var articleID: Int
    /// The title of the sentence's article (headlines name who did what).
    public var title: String
    /// The actors mentioned in the sentence, in order.
    public var mentions: [AnswerMention]

    /// Makes a passage.
    public init(sentence: String, articleID: Int, title: String, mentions: [AnswerMention]) {
        self.sentence = sentence
        self.articleID = articleID
        self.title = title
        self.mentions = mentions
    }
}

/// An actor mentioned in a passage's sentence.
public struct AnswerMention: Sendable, Equatable {
    /// The actor's id in the archive.
    public var actorID: Int
    /// The actor's canonical name.
    public var name: String
    /// `person`, `organization` or `place`.
    public var kind: String
    /// Where the mention is in the sentence, in Unicode scalar offsets.
    public var range: Range<Int>
    /// The role the sentence gives it (`Chancellor`), else the actor's stored role.
    public var role: String?
    /// For a place a gazetteer lists, how large it is; nil when unknown.
    public var placeScale: PlaceScale?

    /// Makes a mention.
    public init(actorID: Int, name: String, kind: String, range: Range<Int>, role: String?, placeScale: PlaceScale? = nil) {
        self.actorID = actorID
        self.name = name
        self.kind = kind
        self.range = range
        self.role = role
        self.placeScale = placeScale
    }
}

/// How large a place is, as far as a question about `which town` or `which country` cares.
public enum PlaceScale: String, Sendable, Equatable {
    /// A country (`South Korea`).
    case country
    /// A city, town or village, or a site in one (`Chennai`, `Harrogate`; `which air base`).
    case city
    /// Anything else a gazetteer lists: a region, a continent, a sea (`Hebrides`, `Europe`).
    case area

    /// The scale a question's place noun asks for (`town` → city, `nation` → country), by stem; nil for
    /// nouns that do not say (`place`, `venue`).
    public static func asked(byNoun folded: String) -> PlaceScale? {
        nounScales[PorterStemmer.stem(folded)]
    }

    private static let nounScales: [String: PlaceScale] = {
        var scales: [String: PlaceScale] = [:]
        for noun in ["city", "town", "village", "suburb", "port", "resort", "capital", "hamlet", "base"] {
            scales[PorterStemmer.stem(noun)] = .city
        }
        for noun in ["country", "nation"] { scales[PorterStemmer.stem(noun)] = .country }
        return scales
    }()
}

/// An answer the extractor read out of the passages.
public struct ExtractedAnswer: Sendable, Equatable {
    /// The actor's id, or nil for a name in the text that the archive holds no actor for.
    public var actorID: Int?
    public var name: String
    /// The actor's kind; for a name without an actor, the kind the question asks for.
    public var kind: String
    public var role: String?
    /// Higher is better.
    public var score: Double
    /// Indices of the passages it was read from, strongest first.
    public var passages: [Int]
}

/// What the extractor concluded: the answers, best first, or why there are none.
public struct AnswerOutcome: Sendable, Equatable {
    public var answers: [ExtractedAnswer]
    /// One line saying why no answer was given; nil when there are answers.
    public var noAnswerReason: String?
}
