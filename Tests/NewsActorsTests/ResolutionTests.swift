import NewsActors
import Testing

/// Within an article: surnames, titles and role references resolve to the one actor they can mean.
@Suite struct ResolutionTests {
    @Test func peopleSharingASurnameAreNotMerged() throws {
        let actors = ActorExtractor().extract(from: try TestArticles.fixture("actors/pieces/harbour-plan.txt"))
        let helen = try #require(actors.named("Helen Johnson"))
        let mark = try #require(actors.named("Mark Johnson"))
        #expect(helen.mentions.map(\.surface) == ["Helen Johnson", "Ms Johnson"])
        #expect(mark.mentions.map(\.surface) == ["Mark Johnson", "Mr Johnson"])
        #expect(actors.names(.person) == ["Helen Johnson", "Mark Johnson", "Angela Reyes", "David Okafor"])
    }

    @Test func roleReferenceWithTwoHoldersStaysUnresolved() throws {
        let actors = ActorExtractor().extract(from: try TestArticles.fixture("actors/pieces/harbour-plan.txt"))
        for name in ["Angela Reyes", "David Okafor"] {
            let minister = try #require(actors.named(name))
            #expect(!minister.mentions.contains { $0.surface == "The minister" })
        }
    }

    @Test func roleReferenceWithOneHolderResolves() throws {
        let actors = ActorExtractor().extract(from: try TestArticles.fixture("actors/pieces/budget-row.txt"))
        let reeves = try #require(actors.named("Rachel Reeves"))
        #expect(reeves.role == "Chancellor")
        #expect(reeves.mentions.map(\.surface).contains("the chancellor"))
        #expect(reeves.mentions.map(\.surface).contains("Reeves"))
        let stride = try #require(actors.named("Mel Stride"))
        #expect(stride.role == "Shadow Chancellor")
        #expect(stride.mentions.allSatisfy { !$0.isRoleReference })
        #expect(actors.named("Keir Starmer")?.mentions.map(\.surface).contains("the prime minister") == true)
    }

    @Test func surnameAndParticleSurnameResolveToTheFullName() throws {
        let actors = ActorExtractor().extract(from: try TestArticles.fixture("actors/pieces/gulf-talks.txt"))
        let vonDerLeyen = try #require(actors.named("Ursula von der Leyen"))
        #expect(vonDerLeyen.mentions.map(\.surface) == ["Ursula von der Leyen", "Von der Leyen"])
        #expect(actors.named("Pieter de Vries")?.mentions.map(\.surface) == ["Pieter de Vries", "Mr de Vries"])
    }

    @Test func titleWithAnotherGenderIsAnotherPerson() throws {
        let actors = try TestArticles.actors(
            in:
                "Tory leader Michael Howard spoke in London. Mrs Howard will make solo visits. "
                + "Mr Howard will host a news conference."
        )
        #expect(actors.named("Michael Howard")?.mentions.map(\.surface) == ["Michael Howard", "Mr Howard"])
        #expect(actors.named("Mrs Howard")?.kind == .person)
    }

    @Test func ambiguousSurnameStaysUnresolved() throws {
        let actors = try TestArticles.actors(
            in: "Councillor Helen Johnson and her colleague Mark Johnson disagreed. Johnson said nothing more.")
        #expect(actors.flatMap(\.mentions).filter { $0.surface == "Johnson" }.isEmpty)
    }

    @Test func companyShortNameResolvesToTheFullName() throws {
        let actors = try TestArticles.actors(
            in:
                "Shares in drinks firm Allied Domecq rose. Allied Domecq shares rose again in London. "
                + "Later Domecq said it was pleased."
        )
        #expect(actors.named("Allied Domecq")?.mentions.count == 3)
        #expect(actors.named("Domecq") == nil)
    }
}
