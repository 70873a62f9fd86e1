import Foundation
import NewsTestSupport
import Testing
@testable import NewsArchive
import NewsSQLite

/// Actors as the archive keeps them across articles.
struct ActorStoreTests {
    let folder: TemporaryFolder
    let store: ArchiveStore

    init() throws {
        folder = try TemporaryFolder()
        store = try ArchiveStore(path: folder.path("archive.sqlite"))
        try store.ingest([.file(path: Fixtures.ukraineArticle)])
    }

    @Test func theReferenceArticleNamesItsLeadersWithTheirRoles() throws {
        let people = try store.actors(kind: "person")
        let byName = Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0) })
        #expect(byName["Emmanuel Macron"]?.country == "France")
        #expect(byName["Emmanuel Macron"]?.roles == ["President"])
        #expect(byName["Donald Trump"]?.aliases.contains("Trump") == true)
        #expect(byName["Donald Trump"]?.mentions ?? 0 >= 3, "Trump, and the US president, are him")
        #expect(people.first?.name == "Donald Trump", "most mentioned first")
        let shown = try store.article(id: 1).actors
        #expect(shown.first { $0.name == "Emmanuel Macron" }?.role == "French President")
    }

    @Test func theSameNameInAnotherArticleIsTheSameActorAndItsNewAliasesAreSearchable() throws {
        try folder.write("second.txt", text: "Trump talks\n\nUS President Donald Trump met Nato allies. Mr Trump said talks went well.\n")
        try store.ingest([.file(path: folder.path("second.txt"))])
        let trump = try #require(try store.actors(kind: "person", matching: "Donald Trump").first)
        #expect(trump.articles == 2)
        #expect(trump.aliases.contains("Mr Trump"))
        #expect(try store.actors(matching: "Mr Trump").map(\.name).contains("Donald Trump"))
        #expect(try store.checkIntegrity().isOK, "the name index agrees with the actors table")
    }

    @Test func trailerNamesNeverBecomeActors() throws {
        let names = try store.actors().map(\.name)
        #expect(!names.contains { $0.contains("Modi") || $0.contains("Lalu") || $0.contains("La Liga") })
    }
}
