import Testing
@testable import NewsArchive

/// How many passages a search says it found in all.
struct SearchTotalsTests {
    @Test func everyCandidateReadGivesExactTotals() {
        let totals = SearchTotals([SearchTotals.Pass(passages: 175, articleIDs: Set(1...27), read: 60, candidates: nil)])
        #expect(totals == SearchTotals(passages: 175, articles: 27, isEstimate: false))
    }

    @Test func aShareReadIsScaledUpAndMarked() {
        let totals = SearchTotals([SearchTotals.Pass(passages: 300, articleIDs: Set(1...80), read: 100, candidates: 400)])
        #expect(totals == SearchTotals(passages: 1200, articles: 320, isEstimate: true))
    }

    @Test func passesAddUpAndShareTheirArticles() {
        let totals = SearchTotals([
            SearchTotals.Pass(passages: 4, articleIDs: [1, 2], read: 10, candidates: nil),
            SearchTotals.Pass(passages: 6, articleIDs: [2, 3], read: 30, candidates: 30),
        ])
        #expect(totals == SearchTotals(passages: 10, articles: 3, isEstimate: false))
    }
}
