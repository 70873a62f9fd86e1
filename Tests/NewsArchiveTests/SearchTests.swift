import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsIngest
import NewsSQLite

/// Questions and passage searches over the reference article and the bundled samples.
struct SearchTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        let (samples, _, _) = IngestInput.expand([Fixtures.folder.appendingPathComponent("samples").path])
        try store.ingest([.file(path: Fixtures.ukraineArticle)] + samples)
    }

    @Test func leadersWhoBackedAEuropeanLedForceAreMacronStarmerAndMerz() throws {
        let results = try store.search("which leaders backed a European-led force")
        #expect(results.answerType == "person")
        #expect(results.answers.prefix(3).map(\.name) == ["Emmanuel Macron", "Keir Starmer", "Friedrich Merz"])
        let names = Set(results.answers.map(\.name))
        #expect(!names.contains("Donald Trump"))
        #expect(!names.contains("JD Vance"))
        let evidence = try #require(results.answers.first?.evidence.first)
        #expect(evidence.sentence.hasPrefix(
            "French President Emmanuel Macron and British Prime Minister Keir Starmer have both endorsed the idea of a European-led peacekeeping force"))
        #expect(evidence.headline == "European leaders back deployment")
        #expect(results.fts?.contains("\"european led\"") == true)
    }

    @Test func theBestPassageHoldsEveryTermAndIsMarked() throws {
        let results = try store.search("European-led peacekeeping force")
        let top = try #require(results.hits.first)
        #expect(top.sentence.contains("European-led peacekeeping force"))
        #expect(top.snippet.contains("**European-led**") || top.snippet.contains("**European-led peacekeeping force**")
            || top.snippet.contains("**European**-**led**"))
        #expect(top.actors.contains("Emmanuel Macron"))
        #expect(top.headline == "European leaders back deployment")
    }

    @Test func aSentenceMatchingMoreDistinctTermsRanksAboveOneRepeatingATerm() throws {
        try folder.write("repeat.txt", text: "Troops troops troops\n\nTroops, troops and more troops were seen. Nothing else happened.\n\nSecond paragraph\n\nThe government said troops would be deployed to the border next week.\n")
        try store.ingest([.file(path: folder.path("repeat.txt"))])
        let results = try store.search("troops deployed border")
        #expect(results.hits.first?.sentence == "The government said troops would be deployed to the border next week.")
    }

    @Test func passagesAfterAccentsAndEmojiAreWholeSentences() throws {
        try folder.write("accents.txt", text: "Café owners protest\n\nZoë Müller, who runs a café in Zürich 🇨🇭, said prices rose. Señor Núñez agreed with her. The ministry promised a subsidy for bakeries next spring.\n")
        try store.ingest([.file(path: folder.path("accents.txt"))])
        #expect(try store.search("subsidy bakeries").hits.first?.sentence
            == "The ministry promised a subsidy for bakeries next spring.")
        #expect(try store.search("Núñez agreed").hits.first?.sentence == "Señor Núñez agreed with her.")
    }

    @Test func whoRuledOutFindsTheActorWhoRuledItOut() throws {
        let results = try store.search("who ruled out deploying ground troops")
        #expect(results.answers.first?.name == "Donald Trump")
    }

    @Test func whichCountriesMetInWashingtonAreThePlacesOfThatSentence() throws {
        let results = try store.search("which countries had chiefs of defence in Washington")
        let names = Set(results.answers.map(\.name))
        #expect(names.isSuperset(of: ["Finland", "France", "Germany", "Italy"]) && !names.contains("Washington"))
    }

    @Test func aRoleReferenceCountsForThePersonHoldingIt() throws {
        let results = try store.search("who pressed for a rapid end to the war")
        #expect(results.answers.first?.name == "Donald Trump")
    }

    @Test func synonymsWidenTheQuery() throws {
        // "supported" finds "endorsed" through the seeded group back ~ endorse ~ support.
        let results = try store.search("supported peacekeeping")
        #expect(results.hits.first?.sentence.contains("endorsed the idea") == true)
        try store.addSynonyms(["peacekeeping", "stabilisation"])
        #expect(try store.search("stabilisation force").hits.first?.sentence.contains("peacekeeping force") == true)
    }

    @Test func prefixesFindStemmedWords() throws {
        #expect(try store.search("deliberat*").hits.contains { $0.sentence.contains("deliberations") })
        #expect(try store.search("negotiat*").hits.count >= 0)
    }

    @Test func excludedWordsRemovePassages() throws {
        let all = try store.search("Reuters", options: SearchOptions(limit: nil))
        let without = try store.search("Reuters -Pentagon", options: SearchOptions(limit: nil))
        #expect(all.hits.contains { $0.sentence.contains("Pentagon") })
        #expect(!without.hits.contains { $0.sentence.contains("Pentagon") })
        #expect(without.hits.count < all.hits.count)
    }

    /// An exclusion removes the sentences holding the word, not every sentence of a section that holds it.
    @Test func anExcludedWordRemovesItsSentencesNotTheirWholeSection() throws {
        let results = try store.search("rates OR inflation -Bailey", options: SearchOptions(limit: nil))
        #expect(results.hits.contains { $0.sentence.hasPrefix("Chancellor Rachel Reeves welcomed the decision") })
        #expect(!results.hits.contains { $0.sentence.contains("Bailey") })
    }

    @Test func fieldFiltersNarrowToHeadlinesTitlesAndActors() throws {
        let headline = try store.search("headline:deployment support")
        #expect(!headline.hits.isEmpty)
        #expect(headline.hits.allSatisfy { $0.headline == "European leaders back deployment" })
        let actor = try store.search("actor:Merz support")
        #expect(actor.hits.allSatisfy { $0.actors.contains("Friedrich Merz") })
        let title = try store.search("title:\"Bank of England\" inflation")
        #expect(!title.hits.isEmpty)
        #expect(title.hits.allSatisfy { $0.title.contains("Bank of England") })
    }

    @Test func sourceAndDateFiltersUseArticleMetadata() throws {
        let wire = try store.search("energy OR rates", options: SearchOptions(source: "sample wire", limit: nil))
        #expect(!wire.hits.isEmpty && wire.hits.allSatisfy { $0.source == "Sample Wire" })
        let march = try store.search("energy OR rates", options: SearchOptions(
                since: try PublishedDate(reading: "2025-03-01"), until: try PublishedDate(reading: "2025-03"), limit: nil))
        #expect(!march.hits.isEmpty && march.hits.allSatisfy { $0.published == "2025-03-12" })
    }

    @Test func aWordNoArticleHasGetsTheNearestWordTheArticlesHave() throws {
        let results = try store.search("Reutres Washington")
        #expect(results.unknownTerms == [UnknownTerm(kind: .word, given: "Reutres", didYouMean: "Reuters")])
        #expect(try store.search("Reuters Washington").unknownTerms.isEmpty)
        #expect(try store.search("qxzqxz").unknownTerms == [UnknownTerm(kind: .word, given: "qxzqxz", didYouMean: nil)])
    }

    @Test func anActorNoOneIsNamedGetsTheNearestActorsName() throws {
        let results = try store.search("troops", options: SearchOptions(actor: "Emanuel Macron"))
        #expect(results.hits.isEmpty)
        #expect(results.unknownTerms == [UnknownTerm(kind: .actor, given: "Emanuel Macron", didYouMean: "Emmanuel Macron")])
    }

    @Test func actorOptionFindsPassagesByAnyAlias() throws {
        let byShortName = try store.search("", options: SearchOptions(actor: "Trump", limit: nil))
        #expect(byShortName.hits.count >= 2)
        #expect(byShortName.hits.allSatisfy { $0.actors.contains("Donald Trump") })
        #expect(try store.search("troops", options: SearchOptions(actor: "Nobody Known")).hits.isEmpty)
    }

    @Test func limitAndOffsetPage() throws {
        let all = try store.search("Reuters OR Washington", options: SearchOptions(limit: nil))
        let page = try store.search("Reuters OR Washington", options: SearchOptions(limit: 2, offset: 1))
        #expect(page.hits.map(\.sentenceID) == Array(all.hits.dropFirst().prefix(2)).map(\.sentenceID))
    }

    @Test func rawExpressionsPassThroughAndBadOnesAreInvalidQueries() throws {
        let near = try store.search("NEAR(peacekeeping force, 2)", options: SearchOptions(raw: true))
        #expect(near.hits.first?.sentence.contains("peacekeeping force") == true)
        let error = try #require(throws: ArchiveError.self) {
            try store.search("European-led", options: SearchOptions(raw: true))
        }
        #expect(error.code == .invalidSearchQuery)
        #expect(error.message.contains("no such column: led"))
    }

    /// Whatever a user types as a plain query gives results or none, never an error.
    @Test(arguments: [
        "", "   ", "\"", "\"unbalanced", "(", ")", "(())", "*", "^", ":", "NEAR", "NEAR(", "AND", "OR", "NOT", "AND OR NOT",
        "-", "--", "- -force", "title:", "headline:", "actor:", "actor:\"", "European-led", "Lion’s Share", "'", "?", ",", ".",
        "force*", "*force", "\"force\"*", "{force}", "force:led", "🇺🇦 🕊️", "leaders 😀 backed", "a b c d e f", "col:(x OR y)",
        "\u{0}", "Macron\u{200B}Starmer", "SELECT * FROM articles; --", "NOT force", "-force -troops",
    ])
    func anyPlainQueryReturnsResultsOrNoneNeverAnError(query: String) throws {
        _ = try store.search(query)
    }

    @Test func tenKilobytesOfTextIsAQueryLikeAnyOther() throws {
        let text = String(repeating: "European-led (peacekeeping) \"force\" NEAR: ^x* -y OR ", count: 200)
        #expect(text.utf8.count > 10_000)
        let results = try store.search(text)
        #expect(results.explanation.isEmpty == false)
    }
}
