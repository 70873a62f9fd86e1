/// Scores the passages (sentences) a search found and puts them in rank order, as a reader would
/// weigh them: a sentence holding more of the query's distinct terms first, then its section's bm25
/// plus the terms its section headline and article title hold.
///
/// A passage's score is `coverage × 10 + headline terms × 2 + title terms + section score`, where
/// - coverage counts the query's term groups the sentence holds: 1 each, half for an optional group
///   (the answer noun of `which leaders …`), and `synonymOnlyCoverage` of that for a group found only
///   through a synonym, so the word as typed ranks first;
/// - the headline and title count the groups they hold, once per section and article: they recur on
///   every passage of a section, so the ranker remembers them (keep one ranker for all the passages of
///   a search);
/// - the section score is the section's bm25, negated so that higher is better.
///
/// A passage holds the query when it holds every required group and no excluded term. For a raw FTS5
/// expression (`init(rawExpression:)`) there are no groups: a passage holds the expression when one of
/// its words starts with one of the expression's words, its score is its section's, and the passages
/// keep the order they were found in.
///
/// For example:
/// ```swift
/// var ranker = PassageRanker(query: SearchQuery("troops deployed"))
/// let score = ranker.score(
///     sentence: "Troops were deployed.", headline: nil, title: "Border plan",
///     section: .init(articleID: 1, position: 0), sectionScore: -1.5)
/// score.coverage        // 2.0
/// score.score           // 18.5
/// score.matchedRanges   // [0..<6, 12..<20]
/// ```
public struct PassageRanker {
    /// A section of an article, by its position there: where a headline's score is remembered.
    public struct Section: Hashable, Sendable {
        /// The section's article, by id.
        public var articleID: Int
        /// The section's position in its article.
        public var position: Int

        /// Makes a section reference.
        public init(articleID: Int, position: Int) {
            self.articleID = articleID
            self.position = position
        }
    }

    /// A term found in a passage only through a synonym counts this much of a term found as written.
    public static let synonymOnlyCoverage = 0.8

    /// The query's term groups, found in sentences, headlines and titles (none for a raw expression).
    private var matcher: TermMatcher
    /// The terms the query excludes.
    private var exclusions: TermMatcher
    /// Whether each term group may be missing (it then counts half).
    private let isOptional: [Bool]
    /// The words of a raw expression as the index folds them; nil for a query.
    private let rawWords: [String]?
    /// Headline scores already counted, by section.
    private var headlineScores: [Section: Double] = [:]
    /// Title scores already counted, by article.
    private var titleScores: [Int: Double] = [:]

    /// Makes a ranker for a plain-language query's term groups and exclusions.
    public init(query: SearchQuery) {
        self.matcher = TermMatcher(groups: query.termGroups)
        self.exclusions = TermMatcher(groups: query.excludedTerms)
        self.isOptional = query.termGroups.map(\.isOptional)
        self.rawWords = nil
    }

    /// Makes a ranker for a raw FTS5 expression, which it reads only for its words (`words(ofRawExpression:)`).
    public init(rawExpression: String) {
        self.matcher = TermMatcher(groups: [])
        self.exclusions = TermMatcher(groups: [])
        self.isOptional = []
        self.rawWords = Self.words(ofRawExpression: rawExpression)
    }

    /// The words of a raw FTS5 expression as the index folds them, without its operators.
    public static func words(ofRawExpression expression: String) -> [String] {
        IndexToken.tokens(in: expression).filter { !["AND", "OR", "NOT", "NEAR"].contains($0.text) }.map(\.folded)
    }

    // MARK: - Scoring

    /// Scores one passage: its `sentence`, the `headline` of its section (if any) and the `title` of its
    /// article, where `section` says which section and article they are; `sectionScore` is the section's
    /// bm25 negated (higher is better).
    public mutating func score(
        sentence: String, headline: String?, title: String, section: Section, sectionScore: Double
    ) -> PassageScore {
        if let rawWords { return Self.rawScore(sentence: sentence, words: rawWords, sectionScore: sectionScore) }
        var ranges: [Range<Int>] = []
        var coverage = 0.0
        var holdsEveryTerm = true
        for (group, found) in matcher.matches(in: sentence).enumerated() {
            if found.ranges.isEmpty {
                holdsEveryTerm = holdsEveryTerm && isOptional[group]
                continue
            }
            ranges += found.ranges
            coverage += (isOptional[group] ? 0.5 : 1) * (found.bySynonymOnly ? Self.synonymOnlyCoverage : 1)
        }
        let context = contextScore(headline: headline, title: title, section: section)
        let holdsExcludedTerm = exclusions.foundGroupCount(in: sentence) > 0
        return PassageScore(
            score: Self.rounded(coverage * 10 + context + sectionScore), coverage: coverage,
            matchedRanges: SnippetMarker.merged(ranges), holdsEveryTerm: holdsEveryTerm && !holdsExcludedTerm,
            holdsExcludedTerm: holdsExcludedTerm)
    }

    /// Twice the groups the section's headline holds plus the groups the article's title holds, each
    /// counted once per section and article.
    private mutating func contextScore(headline: String?, title: String, section: Section) -> Double {
        var headlineScore = 0.0
        if let headline {
            if let known = headlineScores[section] {
                headlineScore = known
            } else {
                headlineScore = Double(matcher.foundGroupCount(in: headline))
                headlineScores[section] = headlineScore
            }
        }
        let titleScore: Double
        if let known = titleScores[section.articleID] {
            titleScore = known
        } else {
            titleScore = Double(matcher.foundGroupCount(in: title))
            titleScores[section.articleID] = titleScore
        }
        return headlineScore * 2 + titleScore
    }

    /// A passage of a raw expression: its tokens starting with one of the expression's `words`, and its
    /// section's score.
    private static func rawScore(sentence: String, words: [String], sectionScore: Double) -> PassageScore {
        let ranges = IndexToken.tokens(in: sentence).filter { token in
            words.contains { token.folded.hasPrefix($0) }
        }.map(\.range)
        return PassageScore(
            score: Self.rounded(sectionScore), coverage: 0, matchedRanges: ranges, holdsEveryTerm: !ranges.isEmpty,
            holdsExcludedTerm: false)
    }

    /// Scores to 4 decimals, so that JSON and CSV show the same number and equal ones tie.
    static func rounded(_ score: Double) -> Double { (score * 10_000).rounded() / 10_000 }

    // MARK: - Order

    /// Whether a passage scoring `passage.score` ranks before one scoring `other.score`: the higher score
    /// first, then the lower `id` (the earlier passage), so that ties always fall the same way.
    ///
    /// For example:
    /// ```swift
    /// passages.sorted { PassageRanker.ranks(($0.score, $0.id), before: ($1.score, $1.id)) }
    /// ```
    @inlinable
    public static func ranks(_ passage: (score: Double, id: Int), before other: (score: Double, id: Int)) -> Bool {
        (passage.score, -passage.id) > (other.score, -other.id)
    }

    /// Whether passages keep the order they were found in rather than `ranks(_:before:)`'s: those of a
    /// raw expression, in their sections' bm25 order.
    public var keepsFoundOrder: Bool { rawWords != nil }
}
