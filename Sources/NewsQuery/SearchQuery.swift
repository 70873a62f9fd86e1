/// A plain-language search read into safe FTS5 expressions for the archive's indexes.
///
/// Reading never fails: whatever the text, each expression is either valid FTS5 or nil. Every word
/// the expressions hold is inside a double-quoted string, and the operators (`AND`, `OR`, `NOT`, `*`,
/// `:`, parentheses) are written here, never taken from the input. The grammar is `QueryLexer`'s:
/// `"quoted phrases"`, a trailing `*` for a prefix, `-word` or `NOT word` to exclude, uppercase `OR`
/// between terms, `headline:`, `title:` and `actor:` filters; everything else is words. Stop and
/// question words are dropped, hyphenated compounds become phrases, and words are expanded with the
/// caller's synonyms.
///
/// For example:
/// ```swift
/// let query = SearchQuery(
///     "Which leaders backed a European-led force?",
///     synonyms: SynonymTable(groups: SynonymTable.defaultGroups))
/// query.answerType       // .person
/// query.matchExpression  // ("back" OR "endorse" OR …) AND "european led" AND "force"
/// query.explanation      // answer: person · terms: (back OR endorse OR …) AND "european led" AND force · …
/// ```
///
/// Related SQLite documentation: <https://www.sqlite.org/fts5.html#full_text_query_syntax>
public struct SearchQuery: Sendable, Equatable {
    /// The most terms (words, phrases, exclusions, filter values) a query keeps; the rest are left out
    /// and the explanation says so.
    public static let maximumTermCount = 64

    /// The query as the user typed it.
    public let text: String
    /// What kind of answer the question asks for, if it asks for one.
    public let answerType: AnswerType?
    /// The distinct positive terms in query order, each with its alternatives; optional ones (the
    /// answer noun) only help ranking.
    public let termGroups: [TermGroup]
    /// Terms a match must not contain (`-word`, `NOT word`).
    public let excludedTerms: [TermGroup]
    /// Terms the section headline must contain (`headline:`); filter values are taken as written, without
    /// synonyms and keeping stop words.
    public let headlineTerms: [TermGroup]
    /// Terms the article title must contain (`title:`).
    public let titleTerms: [TermGroup]
    /// Names given with `actor:`, as written (`actor:"Emmanuel Macron"` → `Emmanuel Macron`).
    public let actorNames: [String]
    /// Whether terms were left out because the query held more than `maximumTermCount`.
    public let isTruncated: Bool
    /// Whether words were read without synonyms and irregular forms (`--exact`).
    public let isExact: Bool
    /// The noun that says what a question asks for, folded as written (`regulator` in `which regulator
    /// fined …`); nil for `who`, `where` and queries that are not questions.
    public let answerNoun: String?
    /// Whether `answerType` is a guess: the answer noun is one the lexicon does not type (`which
    /// Leicester wing`, `which studio`), so a person or an organisation may answer.
    public let isAnswerTypeGuessed: Bool
    /// The first content word of a question's predicate, folded (`criticised` in `who criticised the
    /// budget`); what the answer should be the agent of, or with `asksForPatient`, the one it befell.
    public let askedVerb: String?
    /// Whether the predicate is passive (`who was sacked by …`, `which companies were fined`).
    public let asksForPatient: Bool
    /// The preposition an object question leaves after its verb (`for` in `which club was Emil
    /// Hallfredsson playing for`), nil when there is none.
    public let askedPreposition: String?
    /// The size of place the answer noun asks for (`which town`: a city), if it says.
    public var askedPlaceScale: PlaceScale? { answerNoun.flatMap(PlaceScale.asked(byNoun:)) }

    /// Reads `text`; `synonyms` says what each word also stands for (the store loads it from the database).
    /// With `exact`, words stand only for themselves (and the forms Porter stemming joins): no synonyms,
    /// no irregular forms (`won` is not `win`).
    public init(_ text: String, synonyms: SynonymTable = .empty, exact: Bool = false) {
        let interpreter = QueryInterpreter(query: text, synonyms: synonyms, exact: exact)
        self.text = text
        self.isExact = exact
        self.answerType = interpreter.answerType
        self.termGroups = interpreter.positives
        self.excludedTerms = interpreter.exclusions
        self.headlineTerms = interpreter.headlineTerms
        self.titleTerms = interpreter.titleTerms
        self.actorNames = interpreter.actorNames
        self.isTruncated = interpreter.isTruncated
        self.answerNoun = interpreter.answerNoun
        self.isAnswerTypeGuessed = interpreter.isAnswerTypeGuessed
        self.askedVerb = interpreter.askedVerb
        self.asksForPatient = interpreter.asksForPatient
        self.askedPreposition = interpreter.askedPreposition
    }

    /// The terms a match must contain: the non-optional term groups.
    public var requiredTermGroups: [TermGroup] {
        termGroups.filter { !$0.isOptional }
    }

    /// What a passage must match: every required term (each any of its alternatives), minus the
    /// exclusions; nil when nothing searchable remains, including a query of exclusions alone (FTS5's
    /// `NOT` needs something on its left).
    ///
    /// For example `("back" OR "endorse") AND "european led" AND "force" NOT "nato"`.
    public var matchExpression: String? {
        requiredExpressions.map { excluding($0, joinedBy: "AND") }
    }

    /// The fallback when `matchExpression` finds too little: any alternative of any positive term,
    /// optional ones included, minus the exclusions; nil when there is no positive term.
    public var relaxedExpression: String? {
        alternativeExpressions.map { excluding($0, joinedBy: "OR") }
    }

    /// `matchExpression` without its exclusions, for `sections_fts`: the sections whose sentences may
    /// match. A section holding an excluded word in one sentence can still hold a passage without it,
    /// so exclusions apply to each sentence, not here.
    public var sectionExpression: String? {
        requiredExpressions.map { $0.joined(separator: " AND ") }
    }

    /// `relaxedExpression` without its exclusions, for `sections_fts` (see `sectionExpression`).
    public var relaxedSectionExpression: String? {
        alternativeExpressions.map { $0.joined(separator: " OR ") }
    }

    /// The phrases of `sectionExpression` in the order FTS5 numbers them (for ranking functions).
    public var sectionPhrases: [TermAlternative] {
        requiredTermGroups.flatMap(\.alternatives)
    }

    /// The phrases of `relaxedSectionExpression` in the order FTS5 numbers them: every distinct
    /// alternative of every positive group.
    public var relaxedSectionPhrases: [TermAlternative] {
        var seen: Set<TermAlternative> = []
        return termGroups.flatMap(\.alternatives).filter { seen.insert($0).inserted }
    }

    /// `sectionExpression` and `sectionPhrases` without the alternatives `isLeftOut` picks (for a search,
    /// those no section holds, which match the same sections: a phrase of common words that never occur
    /// together costs FTS5 a read of every match of each word). Nil when a required term is left with
    /// no alternative, so that no section can match, or when there is no required term.
    public func sectionMatch(leavingOut isLeftOut: (TermAlternative) -> Bool) -> SectionMatch? {
        var groups: [TermGroup] = []
        for group in requiredTermGroups {
            guard let kept = group.leavingOut(isLeftOut) else { return nil }
            groups.append(kept)
        }
        if groups.isEmpty { return nil }
        return SectionMatch(
            expression: groups.map(\.expression).joined(separator: " AND "), phrases: groups.flatMap(\.alternatives))
    }

    /// `relaxedSectionExpression` and `relaxedSectionPhrases` without the alternatives `isLeftOut` picks
    /// (see `sectionMatch(leavingOut:)`); nil when none is left.
    public func relaxedSectionMatch(leavingOut isLeftOut: (TermAlternative) -> Bool) -> SectionMatch? {
        let phrases = relaxedSectionPhrases.filter { !isLeftOut($0) }
        return phrases.isEmpty
            ? nil : SectionMatch(expression: phrases.map(\.expression).joined(separator: " OR "), phrases: phrases)
    }

    /// An FTS5 expression for `sections_fts` and its phrases in the order FTS5 numbers them.
    public struct SectionMatch: Sendable, Equatable {
        public var expression: String
        public var phrases: [TermAlternative]
    }

    /// The required groups' expressions; nil when there are none.
    private var requiredExpressions: [String]? {
        let required = requiredTermGroups
        return required.isEmpty ? nil : required.map(\.expression)
    }

    /// The expressions of `relaxedSectionPhrases`; nil when there is none.
    private var alternativeExpressions: [String]? {
        let alternatives = relaxedSectionPhrases
        return alternatives.isEmpty ? nil : alternatives.map(\.expression)
    }

    /// The `headline:` filter for `sections_fts`, column-qualified: `headline : ("peace" AND "deal")`;
    /// nil without such a filter.
    public var headlineExpression: String? {
        headlineTerms.isEmpty ? nil : "headline : (\(headlineTerms.map(\.expression).joined(separator: " AND ")))"
    }

    /// The `title:` filter for `articles_fts`, which has the one column: `"ukraine" AND "war"`; nil without
    /// such a filter.
    public var titleExpression: String? {
        titleTerms.isEmpty ? nil : titleTerms.map(\.expression).joined(separator: " AND ")
    }

    /// A safe FTS5 phrase for any text, its words as the index cuts them (for example an actor name for
    /// `actors_fts`): `Jean-Luc Mélenchon` → `"jean luc mélenchon"`; nil when it has no word.
    public static func phraseExpression(for text: String) -> String? {
        let tokens = IndexToken.tokens(in: text)
        return tokens.isEmpty ? nil : TermAlternative(tokens: tokens, isPrefix: false).expression
    }

    /// The `positive` expressions joined by `operator`, then `NOT` and the exclusions when there are any
    /// (parenthesized where a join would otherwise bind to the `NOT`).
    private func excluding(_ positive: [String], joinedBy operator: String) -> String {
        let joined = positive.joined(separator: " \(`operator`) ")
        guard !excludedTerms.isEmpty else { return joined }
        let excluded = excludedTerms.map(\.expression)
        let left = positive.count == 1 ? joined : "(\(joined))"
        let right = excluded.count == 1 ? excluded[0] : "(\(excluded.joined(separator: " OR ")))"
        return "\(left) NOT \(right)"
    }
}
