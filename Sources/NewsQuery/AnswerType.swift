/// The kind of thing a question asks for, read from its question word and the noun after it:
/// `who` asks for a person, `where` for a place, `which countries` for a place,
/// `what organisations` for an organization.
public enum AnswerType: String, Sendable, Equatable, CaseIterable {
    /// `who`, `which leaders`, `what officials`.
    case person
    /// `where`, `which countries`, `what cities`.
    case place
    /// `which organisations`, `what companies`, `which parties`.
    case organization

    /// The answer type a question word asks for by itself (`who`, `whom`, `whose`, `where`).
    static func forQuestionWord(_ folded: String) -> AnswerType? {
        switch folded {
        case "who", "whom", "whose": .person
        case "where": .place
        default: nil
        }
    }

    /// A person for a noun the lexicon lacks that is built like one for a person (`frontman`,
    /// `panellist`).
    static func forAgentNoun(_ folded: String) -> AnswerType? {
        ["man", "men", "woman", "women", "ist", "ists"].contains { folded.count > $0.count + 2 && folded.hasSuffix($0) }
            ? .person : nil
    }

    /// Question words that ask for the kind of thing the noun after them names (`which leaders`).
    static let nounQuestionWords: Set<String> = ["which", "what"]

    /// The answer type a noun as written and folded (`leaders`, `goalkeeper`, `carmakers`) names: the
    /// news words below by stem, then any noun WordNet's hierarchy places under a person, a place or
    /// an organisation (by its dominant sense).
    static func forNoun(_ folded: String) -> AnswerType? {
        answerNounStems[PorterStemmer.stem(folded)] ?? WordNetLexicon.answerType(forNoun: folded)
    }

    /// Whether `folded` is one of the news nouns above for an organisation that never names a person
    /// (`company`, `bank`, `party`), unlike nouns whose senses span both (`publisher`, `regulator`).
    static func isOrganizationOnly(_ folded: String) -> Bool {
        answerNounStems[PorterStemmer.stem(folded)] == .organization
    }

    private static let answerNouns: [AnswerType: [String]] = [
        .person: [
            "leader", "leaders", "official", "officials", "minister", "ministers", "people", "person", "persons",
            "politician", "politicians", "president", "presidents", "chancellor", "chancellors", "diplomat",
            "diplomats", "lawmaker", "lawmakers", "general", "generals", "commander", "commanders",
            "ambassador", "ambassadors", "spokesperson", "spokespeople", "spokesman", "spokeswoman",
            "individual", "individuals", "figure", "figures", "man", "men", "woman", "women", "candidate",
            "candidates", "envoy", "envoys", "premier", "premiers", "secretary", "secretaries",
        ],
        .place: [
            "country", "countries", "city", "cities", "place", "places", "nation", "nations", "region",
            "regions", "town", "towns", "capital", "capitals", "location", "locations", "area", "areas",
        ],
        .organization: [
            "organisation", "organisations", "organization", "organizations", "company", "companies", "firm",
            "firms", "group", "groups", "agency", "agencies", "party", "parties", "institution",
            "institutions", "alliance", "alliances", "ministry", "ministries", "union", "unions", "bank",
            "banks", "body", "bodies",
        ],
    ]

    private static let answerNounStems: [String: AnswerType] = {
        var stems: [String: AnswerType] = [:]
        for (type, nouns) in answerNouns {
            for noun in nouns { stems[PorterStemmer.stem(noun)] = type }
        }
        return stems
    }()
}
