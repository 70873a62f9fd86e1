import NewsIngest
import Testing

/// The reference article, `Tests/Fixtures/security-guarantees-ukraine.txt`: no title line, four
/// headed sections, its text from the second paragraph on repeated verbatim, a "You may also
/// like" trailer, curly quotes, dashes, a stray space before a comma and no final newline.
@Suite struct ReferenceArticleTests {
    let article: ParsedArticle

    init() throws {
        let text = try TestSupport.fixture("security-guarantees-ukraine.txt")
        article = try ArticleParser().parse(text, fileName: "security-guarantees-ukraine.txt")
    }

    @Test func ledeAndFourHeadedSectionsInOrder() {
        #expect(
            article.sections.map(\.headline) == [
                nil, "Allies gather in Washington", "Europe to carry \"Lion’s Share\"",
                "European leaders back deployment", "Trump pushes for quick end",
            ]
        )
        #expect(article.sections.map(\.paragraphs.count) == [2, 2, 2, 1, 1])
        #expect(article.paragraphs.count == 8)
    }

    @Test func firstLineIsTheLedeNotATitle() {
        #expect(article.paragraphs.first?.text.hasPrefix("Military leaders from the United States") == true)
        #expect(article.titleOrigin == .derived)
    }

    @Test func titleIsDerivedFromTheFileName() {
        #expect(article.title == "Security guarantees Ukraine")
    }

    @Test func repeatedTextIsStoredOnceAndReported() throws {
        let texts = article.paragraphs.map(\.text)
        #expect(Set(texts).count == texts.count)
        let headlines = article.sections.compactMap(\.headline)
        #expect(Set(headlines).count == headlines.count)

        let repeats = article.removed.filter { $0.reason == .repeatedBlock }
        try #require(repeats.count == 1)
        #expect(repeats[0].detail == "repeats paragraphs 2–8 and 4 headlines verbatim")
        #expect(repeats[0].text.hasPrefix("According to a report from Reuters"))
        #expect(repeats[0].text.hasSuffix("should a ceasefire or broader peace deal be reached."))
    }

    @Test func trailerIsSetAsideWithItsHeadlinesAsRelatedLinks() throws {
        #expect(
            article.relatedLinks == [
                "La Liga players reject proposal to play game in USA after Premier League makes stance clear",
                "'I thought I was fine, then husband saw photos I took in the toilet'",
                "Migrant hotels LIVE: Police brace for protests across the country as tensions soar",
                "Fast service connecting major Buddhist sites: PM Modi to flag off Koderma–Vaishali MEMU train today",
                "Lalu Yadav attacks PM Modi's Gaya visit",
            ]
        )
        let trailers = article.removed.filter { $0.reason == .trailer }
        try #require(trailers.count == 1)
        #expect(trailers[0].text.hasPrefix("You may also like\nLa Liga players"))
        #expect(!article.body.contains("You may also like"))
        #expect(!article.body.contains("Lalu Yadav"))
        #expect(!article.sections.contains { $0.headline == "You may also like" })
    }

    @Test func bodyEndsWithTheLastParagraph() {
        #expect(article.body.hasSuffix("should a ceasefire or broader peace deal be reached."))
        #expect(article.removed.map(\.reason) == [.repeatedBlock, .trailer])
    }

    @Test func textKeepsCurlyQuotesDashesAndTheStraySpace() {
        #expect(article.body.contains("“Europe’s war,” raising"))
        #expect(article.body.contains("Ukraine — a position"))
        #expect(article.body.contains("peacekeeping force , while"))
    }

    @Test func sentencesEndingInsideQuotesKeepTheirClosingQuote() {
        let sentences = article.sentences.map(\.text)
        #expect(
            sentences.contains(
                "“The planning work continues,” one source said, adding that Washington is still "
                    + "“determining the scope of its role.”"
            )
        )
        #expect(
            sentences.contains {
                $0.hasPrefix("The US president has repeatedly pressed") && $0.hasSuffix("on Russia’s terms.")
            }
        )
        #expect(sentences.count == 14)
    }

    @Test func offsetsCutTheBodyExactly() {
        TestSupport.expectConsistentOffsets(article)
    }
}
