import NewsQuery
import Testing

/// Edit distances behind "did you mean".
struct SpellingTests {
    @Test(arguments: [
        ("since", "sinse", 1), ("limit", "limt", 1), ("format", "fromat", 1), ("kitten", "sitting", 3),
        ("", "abc", 3), ("Yukos", "yukos", 0), ("ca", "abc", 3),
    ])
    func distanceCountsInsertionsDeletionsSubstitutionsAndSwaps(a: String, b: String, expected: Int) {
        #expect(Spelling.distance(a, b) == expected)
        #expect(Spelling.distance(b, a) == expected)
    }

    @Test func nearestIsWithinTheAllowedDistanceAndNotTheWordItself() {
        let options = ["since", "until", "source", "limit", "offset", "format"]
        #expect(Spelling.nearest(to: "sinse", in: options) == "since")
        #expect(Spelling.nearest(to: "untill", in: options) == "until")
        #expect(Spelling.nearest(to: "frobnicate", in: options) == nil)
        #expect(Spelling.nearest(to: "limit", in: options) == nil, "the word itself is no suggestion")
        #expect(Spelling.nearest(to: "lmt", in: options) == nil, "two edits are too many for a short word")
    }

    @Test func aTieGoesToTheCommonerCandidate() {
        let terms = [(text: "yuko", weight: 40), (text: "yukon", weight: 2), (text: "yukso", weight: 0)]
        #expect(Spelling.nearest(to: "yukso", in: terms) == "yuko", "the word itself is left out")
        #expect(Spelling.nearest(to: "yukos", in: [(text: "yukon", weight: 2), (text: "yuko", weight: 40)]) == "yuko")
    }
}
