import Testing

@testable import NewsQuery

/// How passages rank for a query, decided without SQLite: sentence coverage, headline and title
/// context, synonyms, exclusions and order.
struct PassageRankerTests {
    static let synonyms = SynonymTable(groups: SynonymTable.defaultGroups)

    /// Scores `sentence` for `query` alone, in a section without a headline of an article titled `title`.
    static func score(
        _ sentence: String, for query: String, headline: String? = nil, title: String = "Untitled",
        sectionScore: Double = -1.25
    ) -> PassageScore {
        var ranker = PassageRanker(query: SearchQuery(query, synonyms: synonyms))
        return ranker.score(
            sentence: sentence, headline: headline, title: title, section: .init(articleID: 1, position: 0),
            sectionScore: sectionScore)
    }

    @Test func passageHoldingMoreDistinctTermsOutranksOneRepeatingOneTerm() {
        let both = Self.score("Troops reached the border on Monday.", for: "troops border")
        let repeated = Self.score("Troops, troops and more troops were seen.", for: "troops border")
        #expect(both.coverage == 2)
        #expect(repeated.coverage == 1)
        #expect(both.score == 2 * 10 - 1.25)
        #expect(both.score > repeated.score)
        #expect(both.holdsEveryTerm)
        #expect(!repeated.holdsEveryTerm)
        #expect(repeated.matchedRanges == [0..<6, 8..<14, 24..<30])
    }

    @Test func headlineMatchAddsTwicePerTermToItsSection() {
        let sentence = "Troops reached the border on Monday."
        let plain = Self.score(sentence, for: "troops border", headline: "Weather")
        let headed = Self.score(sentence, for: "troops border", headline: "Border troops stay")
        #expect(headed.score - plain.score == 4)
        #expect(headed.coverage == plain.coverage)
    }

    @Test func titleMatchAddsOncePerTerm() {
        let sentence = "Troops reached the border on Monday."
        let plain = Self.score(sentence, for: "troops border", title: "Weather")
        let titled = Self.score(sentence, for: "troops border", title: "Troops at the border")
        #expect(titled.score - plain.score == 2)
    }

    @Test func headlineAndTitleAreCountedOncePerSectionAndArticle() {
        var ranker = PassageRanker(query: SearchQuery("troops border"))
        let section = PassageRanker.Section(articleID: 7, position: 2)
        let first = ranker.score(
            sentence: "Troops left.", headline: "Border troops", title: "Troops", section: section, sectionScore: 0)
        // The same section and article again: what was found in their headline and title is remembered.
        let again = ranker.score(
            sentence: "Troops left.", headline: "Weather", title: "Weather", section: section, sectionScore: 0)
        let otherSection = ranker.score(
            sentence: "Troops left.", headline: "Weather", title: "Weather",
            section: .init(articleID: 7, position: 3), sectionScore: 0)
        #expect(first.score == 10 + 2 * 2 + 1)
        #expect(again.score == first.score)
        #expect(otherSection.score == 10 + 1)
    }

    @Test func termFoundOnlyThroughSynonymCountsLess() {
        let written = Self.score("Germany backed the plan.", for: "who backed the plan")
        let synonym = Self.score("Germany endorsed the plan.", for: "who backed the plan")
        #expect(written.coverage == 2)
        #expect(synonym.coverage == 1 + PassageRanker.synonymOnlyCoverage)
        #expect(written.score > synonym.score)
        #expect(synonym.holdsEveryTerm)
        #expect(synonym.matchedRanges == [8..<16, 21..<25])
    }

    @Test func optionalAnswerNounCountsHalfAndMayBeMissing() {
        let query = "which leaders backed the plan"
        let without = Self.score("Germany backed the plan.", for: query)
        let with = Self.score("Leaders backed the plan.", for: query)
        #expect(without.holdsEveryTerm)
        #expect(with.coverage - without.coverage == 0.5)
    }

    @Test func excludedTermDisqualifiesPassage() {
        let excluded = Self.score("Russia sent troops to the border.", for: "troops -Russia")
        let kept = Self.score("Troops were sent to the border.", for: "troops -Russia")
        #expect(excluded.holdsExcludedTerm)
        #expect(!excluded.holdsEveryTerm)
        #expect(excluded.coverage == 1)
        #expect(!kept.holdsExcludedTerm)
        #expect(kept.holdsEveryTerm)
    }

    @Test func rawExpressionMarksWordsStartingWithItsWordsAndKeepsSectionScore() {
        var ranker = PassageRanker(rawExpression: "peace* OR \"ground troops\" NOT Russia")
        #expect(PassageRanker.words(ofRawExpression: "peace* OR \"ground troops\"") == ["peace", "ground", "troops"])
        let score = ranker.score(
            sentence: "Peacekeeping ground troops were sent.", headline: "Troops", title: "Peace",
            section: .init(articleID: 1, position: 0), sectionScore: -3.123456)
        #expect(score == PassageScore(
            score: -3.1235, coverage: 0, matchedRanges: [0..<12, 13..<19, 20..<26], holdsEveryTerm: true,
            holdsExcludedTerm: false))
        #expect(ranker.keepsFoundOrder)
        #expect(!PassageRanker(query: SearchQuery("peace")).keepsFoundOrder)
    }

    @Test func higherScoreRanksFirstAndTiesGoToTheEarlierPassage() {
        let passages = [(score: 1.5, id: 9), (score: 11.0, id: 4), (score: 1.5, id: 3), (score: -2.0, id: 1)]
        let ranked = passages.sorted { PassageRanker.ranks($0, before: $1) }
        #expect(ranked.map(\.id) == [4, 3, 9, 1])
    }

    @Test func scoresAreRoundedToFourDecimals() {
        let score = Self.score("Troops left.", for: "troops", sectionScore: -0.123456789)
        #expect(score.score == 9.8765)
    }
}
