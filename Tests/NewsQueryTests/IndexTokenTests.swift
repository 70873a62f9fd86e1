import Testing

@testable import NewsQuery

struct IndexTokenTests {
    @Test func splitsOnEverythingButLettersAndDigits() {
        let tokens = IndexToken.tokens(in: "A European-led force, 2025: O'Brien’s “plan” 😀 #1")
        #expect(tokens.map(\.text) == ["A", "European", "led", "force", "2025", "O", "Brien", "s", "plan", "1"])
        #expect(tokens.map(\.folded) == ["a", "european", "led", "force", "2025", "o", "brien", "s", "plan", "1"])
    }

    @Test func rangesAreUnicodeScalarOffsets() {
        let text = "Éé 😀 Merz"
        let tokens = IndexToken.tokens(in: text)
        #expect(tokens.map(\.range) == [0..<2, 5..<9])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[tokens[1].range])) == "Merz")
    }

    @Test func keepsCombiningAccentsInsideAWordAndFoldsThem() {
        let tokens = IndexToken.tokens(in: "cafe\u{301} x")
        #expect(tokens.map(\.text) == ["cafe\u{301}", "x"])
        #expect(tokens[0].folded == "cafe")
    }

    @Test(arguments: [("Łódź", "łodz"), ("İstanbul", "istanbul"), ("NAÏVE", "naive"), ("ελλάδα", "ελλάδα")])
    func foldsAccentsOfLatinLettersOnly(_ text: String, _ folded: String) {
        #expect(IndexToken.fold(text) == folded)
    }

    @Test func stemIsWhatThePorterTokenizerStores() {
        #expect(IndexToken.tokens(in: "Negotiations deployed").map(\.stem) == ["negoti", "deploi"])
    }

    @Test func emptyAndSymbolOnlyTextHasNoTokens() {
        #expect(IndexToken.tokens(in: "").isEmpty)
        #expect(IndexToken.tokens(in: " -*^:()\"' 😀🇺🇦 ").isEmpty)
    }
}
