import Testing

@testable import NewsQuery

/// Marking matched ranges in snippets: merging, and `**` placed by Unicode scalar offsets.
struct SnippetMarkerTests {
    @Test func overlappingAndTouchingRangesMerge() {
        #expect(SnippetMarker.merged([20..<22, 4..<9, 0..<6, 21..<25, 25..<27, 30..<31]) == [0..<9, 20..<27, 30..<31])
        #expect(SnippetMarker.merged([3..<10, 4..<5]) == [3..<10])
        #expect(SnippetMarker.merged([]) == [])
    }

    @Test func marksWholeWordsInNonASCIIText() {
        // "Łódź" is 4 scalars, "cafe\u{301}" 5 (a combining accent), "😀" 1.
        let text = "Talks in Łódź 😀 — a cafe\u{301} owner, ελλάδα."
        let marked = SnippetMarker.marked(text, at: [9..<13, 20..<25, 33..<39])
        #expect(marked == "Talks in **Łódź** 😀 — a **cafe\u{301}** owner, **ελλάδα**.")
    }

    @Test func marksTheRangesARankerFound() {
        var ranker = PassageRanker(query: SearchQuery("café Łódź"))
        let sentence = "Talks in Łódź — a café owner said, naïvely."
        let score = ranker.score(
            sentence: sentence, headline: nil, title: "", section: .init(articleID: 1, position: 0), sectionScore: 0)
        #expect(
            SnippetMarker.marked(sentence, at: score.matchedRanges) == "Talks in **Łódź** — a **café** owner said, naïvely.")
    }

    @Test func leavesTextWithoutRangesOrWithRangesPastItsEndAlone() {
        #expect(SnippetMarker.marked("Troops left.", at: []) == "Troops left.")
        #expect(SnippetMarker.marked("Troops left.", at: [0..<6, 7..<40]) == "**Troops** left.")
    }
}
