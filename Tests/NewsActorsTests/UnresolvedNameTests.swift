import NewsActors
import Testing

/// What an article leaves for the archive to decide: names it could not type, and abbreviations it
/// spells out itself.
@Suite struct UnresolvedNameTests {
    private func extraction(_ text: String) throws -> ArticleActors {
        ActorExtractor().extractAll(from: try TestArticles.parse(text))
    }

    @Test func aCapitalisedNameWithNoCueIsLeftUnresolvedWithEveryMention() throws {
        let found = try extraction(
            """
            Cup draw

            Arsenal were drawn at home. The holders face a trip to play Arsenal in March, and Arsenal will travel.
            """)
        let arsenal = try #require(found.unresolvedNames.first { $0.name == "Arsenal" })
        #expect(arsenal.mentions.map(\.surface) == ["Arsenal", "Arsenal", "Arsenal"])
        #expect(arsenal.standsAlone && arsenal.isMidSentence)
        #expect(!found.actors.contains { $0.name == "Arsenal" })
    }

    @Test func aNameOnlyOpeningSentencesIsNotMidSentence() throws {
        let found = try extraction("Draw\n\nArsenal were drawn at home.\n\nArsenal will play in March.\n")
        #expect(found.unresolvedNames.first { $0.name == "Arsenal" }?.isMidSentence == false)
    }

    @Test(arguments: [
        "Fans hope the Aviator will win, and they say the Aviator is long.",
        "Dent will play in the US Open, which starts soon, and the US Open is big.",
    ])
    func titlesAndPartsOfLongerNamesDoNotStandAlone(sentence: String) throws {
        let found = try extraction("Films\n\n" + sentence + "\n")
        for name in found.unresolvedNames where ["Aviator", "Open"].contains(name.name) {
            #expect(!name.standsAlone, "\(name.name)")
        }
    }

    @Test func aNameModifyingANounAfterTheStandsAlone() throws {
        let found = try extraction("Deal\n\nHe said the Arsenal deal was big, and that Arsenal wanted more.\n")
        #expect(found.unresolvedNames.first { $0.name == "Arsenal" }?.standsAlone == true)
    }

    @Test func anAbbreviationGoesToTheNameItsArticleSpellsOut() throws {
        let actors = try extraction(
            """
            Exchange talks

            Euronext has approached the London Stock Exchange (LSE) about a bid. The LSE said talks were at an early stage.
            """
        ).actors
        let exchange = try #require(actors.named("London Stock Exchange"))
        #expect(exchange.mentions.map(\.surface) == ["London Stock Exchange", "LSE", "LSE"])
        #expect(actors.named("London School of Economics") == nil)
    }

    @Test func anAbbreviationWithoutItsNameSpelledOutIsTheGazetteers() throws {
        let actors = try extraction("Talks\n\nShe gave a lecture at the LSE on Monday, the school said.\n").actors
        #expect(actors.named("London School of Economics")?.mentions.map(\.surface) == ["LSE"])
    }
}
