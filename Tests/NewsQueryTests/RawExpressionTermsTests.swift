import NewsQuery
import Testing

/// `search --raw` counts an expression's terms as FTS5 reads them, for its term limit.
struct RawExpressionTermsTests {
    @Test(arguments: [
        ("peacekeeping NEAR(european force, 5)", 3),
        ("\"security guarantees\" AND (macron OR starmer)", 4),
        ("headline : force* NOT troops", 2),
        ("\"a \"\"quoted\"\" word\"", 3),
        ("AND OR NOT", 0),
        ("Zelensky ^kyiv", 2),
        ("", 0),
    ])
    func termsAreCounted(expression: String, terms: Int) {
        #expect(RawExpressionTerms.count(in: expression) == terms)
    }

    @Test func aThousandWordsAreAThousandTerms() {
        let expression = (1...1000).map { "word\($0)" }.joined(separator: " OR ")
        #expect(RawExpressionTerms.count(in: expression) == 1000)
    }
}
