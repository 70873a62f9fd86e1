/// How a passage ranks for a query, as `PassageRanker` scored it.
public struct PassageScore: Sendable, Equatable {
    /// Higher is better; rounded to 4 decimals.
    public var score: Double
    /// Distinct query terms matched (optional terms count half, terms found only through a synonym
    /// `PassageRanker.synonymOnlyCoverage`); 0 for a raw expression.
    public var coverage: Double
    /// Where the sentence holds the query's terms, in Unicode scalar offsets, sorted and not
    /// overlapping: what `SnippetMarker.marked(_:at:)` marks.
    public var matchedRanges: [Range<Int>]
    /// Whether the sentence holds every required term and no excluded one.
    public var holdsEveryTerm: Bool
    /// Whether the sentence holds a term the query excludes.
    public var holdsExcludedTerm: Bool

    /// Makes a score.
    public init(
        score: Double, coverage: Double, matchedRanges: [Range<Int>], holdsEveryTerm: Bool, holdsExcludedTerm: Bool
    ) {
        self.score = score
        self.coverage = coverage
        self.matchedRanges = matchedRanges
        self.holdsEveryTerm = holdsEveryTerm
        self.holdsExcludedTerm = holdsExcludedTerm
    }
}
